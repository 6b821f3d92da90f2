import { MigrationInterface, QueryRunner } from 'typeorm';

export class StemweekWrongCodes1796695628275 implements MigrationInterface {
  name = 'StemweekWrongCodes1796695628275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"stemweek_wrong_codes\" (\"stemweek_id\" uuid NOT NULL, \"hour\" TIMESTAMP WITH TIME ZONE NOT NULL, \"count\" integer NOT NULL, CONSTRAINT \"PK_f85b7965e7744a2802681932ba6\" PRIMARY KEY (\"stemweek_id\", \"hour\"))");
    await queryRunner.query("ALTER TABLE \"stemweek_wrong_codes\" ADD CONSTRAINT \"FK_d5306a2fc476b5b2f6ccd352bc8\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"stemweek_wrong_codes\" DROP CONSTRAINT \"FK_d5306a2fc476b5b2f6ccd352bc8\"");
    await queryRunner.query("DROP TABLE \"stemweek_wrong_codes\"");
  }
}
