import { MigrationInterface, QueryRunner } from 'typeorm';

export class SealedBallotBox1796650198509 implements MigrationInterface {
  name = 'SealedBallotBox1796650198509';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ballot\" DROP CONSTRAINT \"ballot_receipt_unique\"");
    await queryRunner.query("CREATE TABLE \"sealed_ballot\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"channel\" text NOT NULL, \"cast_on\" date NOT NULL, \"sealed\" bytea NOT NULL, CONSTRAINT \"sealed_ballot_channel_known\" CHECK (channel IN ('account', 'code')), CONSTRAINT \"PK_b244ad3079a0aed8ddd490c1483\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sealed_ballot_stemweek\" ON \"sealed_ballot\"  (\"stemweek_id\") ");
    await queryRunner.query("ALTER TABLE \"stemweek\" ADD \"ballot_box_public_key\" text");
    await queryRunner.query("ALTER TABLE \"stemweek\" ADD \"ballot_box_opened_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"ballot_stemweek\" ON \"ballot\"  (\"stemweek_id\") ");
    await queryRunner.query("ALTER TABLE \"sealed_ballot\" ADD CONSTRAINT \"FK_1a7e21c0c3c3926a87539abcfdb\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sealed_ballot\" DROP CONSTRAINT \"FK_1a7e21c0c3c3926a87539abcfdb\"");
    await queryRunner.query("DROP INDEX \"public\".\"ballot_stemweek\"");
    await queryRunner.query("ALTER TABLE \"stemweek\" DROP COLUMN \"ballot_box_opened_at\"");
    await queryRunner.query("ALTER TABLE \"stemweek\" DROP COLUMN \"ballot_box_public_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"sealed_ballot_stemweek\"");
    await queryRunner.query("DROP TABLE \"sealed_ballot\"");
    await queryRunner.query("ALTER TABLE \"ballot\" ADD CONSTRAINT \"ballot_receipt_unique\" UNIQUE (\"stemweek_id\", \"receipt\")");
  }
}
