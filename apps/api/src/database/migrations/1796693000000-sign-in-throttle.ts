import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per account, source and known browser, for growing delays instead of a lock. */
export class SignInThrottle1796693000000 implements MigrationInterface {
  name = 'SignInThrottle1796693000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sign_in_throttle\" (\"key\" text NOT NULL, \"scope\" text NOT NULL, \"account_id\" uuid, \"failures\" integer NOT NULL, \"last_failure_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"delayed_until\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"sign_in_throttle_scope\" CHECK (scope IN ('account', 'source', 'device')), CONSTRAINT \"PK_f838c82d37e24773fc7984a7649\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE INDEX \"sign_in_throttle_account\" ON \"sign_in_throttle\"  (\"account_id\") ");
    await queryRunner.query("CREATE INDEX \"sign_in_throttle_delayed_until\" ON \"sign_in_throttle\"  (\"delayed_until\") ");
    await queryRunner.query("ALTER TABLE \"sign_in_throttle\" ADD CONSTRAINT \"FK_ef76db03d52e17badffe2aa5a15\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sign_in_throttle\" DROP CONSTRAINT \"FK_ef76db03d52e17badffe2aa5a15\"");
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_throttle_delayed_until\"");
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_throttle_account\"");
    await queryRunner.query("DROP TABLE \"sign_in_throttle\"");
  }
}
