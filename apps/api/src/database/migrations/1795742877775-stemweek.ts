import { MigrationInterface, QueryRunner } from 'typeorm';

export class Stemweek1795742877775 implements MigrationInterface {
  name = 'Stemweek1795742877775';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"stemweek\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title_nl\" text NOT NULL, \"title_en\" text NOT NULL DEFAULT '', \"intro_nl\" text NOT NULL DEFAULT '', \"intro_en\" text NOT NULL DEFAULT '', \"opens_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closes_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"published_at\" TIMESTAMP WITH TIME ZONE, \"method\" jsonb NOT NULL, \"selection\" jsonb NOT NULL, \"channels\" text array NOT NULL DEFAULT '{}', \"eligible_postcodes\" text array NOT NULL DEFAULT '{}', \"max_ballots_per_address\" integer, \"result\" jsonb, \"imported_from\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"stemweek_published_has_result\" CHECK (published_at IS NULL OR result IS NOT NULL), CONSTRAINT \"stemweek_max_per_address\" CHECK (max_ballots_per_address IS NULL OR max_ballots_per_address > 0), CONSTRAINT \"stemweek_channels_known\" CHECK (channels <@ ARRAY['account', 'code', 'paper']::text[]), CONSTRAINT \"stemweek_window\" CHECK (closes_at > opens_at), CONSTRAINT \"PK_d842511ad6af74493e61c7e02ef\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"stemweek_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"project_id\" uuid, \"external_id\" text, \"name\" text, \"cost\" numeric(14,2) NOT NULL, CONSTRAINT \"stemweek_item_external_once\" UNIQUE (\"stemweek_id\", \"external_id\"), CONSTRAINT \"stemweek_item_project_once\" UNIQUE (\"stemweek_id\", \"project_id\"), CONSTRAINT \"stemweek_item_cost\" CHECK (cost >= 0), CONSTRAINT \"stemweek_item_has_key\" CHECK (project_id IS NOT NULL OR external_id IS NOT NULL), CONSTRAINT \"PK_e842dc56fa339240cdf6570c962\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"stemweek_item_project\" ON \"stemweek_item\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"stemweek_audit\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"actor_account_id\" uuid, \"action\" text NOT NULL, \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_745570d98a5b1fb19d7b2244411\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"stemweek_audit_stemweek\" ON \"stemweek_audit\"  (\"stemweek_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"voting_code\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"code_hash\" text NOT NULL, \"address_hash\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a991c43c7b0fe246c67eabf7a11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"voting_code_stemweek\" ON \"voting_code\"  (\"stemweek_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"voting_code_hash_unique\" ON \"voting_code\"  (\"code_hash\") ");
    await queryRunner.query("CREATE TABLE \"ballot\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"choices\" jsonb NOT NULL, \"channel\" text NOT NULL, \"receipt\" text NOT NULL, \"cast_on\" date NOT NULL, CONSTRAINT \"ballot_receipt_unique\" UNIQUE (\"stemweek_id\", \"receipt\"), CONSTRAINT \"ballot_channel_known\" CHECK (channel IN ('account', 'code', 'paper', 'import')), CONSTRAINT \"PK_20adac0e902c60e62fcb6f4cf9c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"stemweek_participation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"channel\" text NOT NULL, \"account_id\" uuid, \"voting_code_id\" uuid, \"address_hash\" text, CONSTRAINT \"participation_one_per_code\" UNIQUE (\"voting_code_id\"), CONSTRAINT \"participation_one_per_account\" UNIQUE (\"stemweek_id\", \"account_id\"), CONSTRAINT \"participation_code_has_code\" CHECK (channel <> 'code' OR voting_code_id IS NOT NULL), CONSTRAINT \"participation_channel_known\" CHECK (channel IN ('account', 'code')), CONSTRAINT \"PK_1a4d217f1d8d407d8b24b7c3d72\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"participation_address\" ON \"stemweek_participation\"  (\"stemweek_id\", \"address_hash\") ");
    await queryRunner.query("CREATE TABLE \"paper_sheet\" (\"stemweek_id\" uuid NOT NULL, \"batch\" text NOT NULL, \"sheet\" integer NOT NULL, \"status\" text NOT NULL, CONSTRAINT \"paper_sheet_status_known\" CHECK (status IN ('entered-once', 'matched', 'conflict')), CONSTRAINT \"PK_3e785d4c84c1e33b248db597150\" PRIMARY KEY (\"stemweek_id\", \"batch\", \"sheet\"))");
    await queryRunner.query("CREATE TABLE \"paper_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"stemweek_id\" uuid NOT NULL, \"batch\" text NOT NULL, \"sheet\" integer NOT NULL, \"choices\" jsonb NOT NULL, \"teller_account_id\" uuid, \"entered_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ea9892badf60ba56efe6b3807dd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"paper_entry_sheet\" ON \"paper_entry\"  (\"stemweek_id\", \"batch\", \"sheet\") ");
    await queryRunner.query("ALTER TABLE \"stemweek_item\" ADD CONSTRAINT \"FK_4a8c631041e12ff45ab5d01710e\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stemweek_item\" ADD CONSTRAINT \"FK_2e408b9d5915fcdd46912caa6bc\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stemweek_audit\" ADD CONSTRAINT \"FK_690ad6f4f7b809f037d3a2a108b\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stemweek_audit\" ADD CONSTRAINT \"FK_5bb61a5c697a18563b7db4e40bf\" FOREIGN KEY (\"actor_account_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"voting_code\" ADD CONSTRAINT \"FK_1570d26bf5f2aaf77a236923e00\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ballot\" ADD CONSTRAINT \"FK_2ca7c3249f0ce4d622b6294e9ad\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stemweek_participation\" ADD CONSTRAINT \"FK_fe1d2f1e9f27a1a15c5257438d0\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stemweek_participation\" ADD CONSTRAINT \"FK_5e910604637d004fcdf77b9b3f4\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stemweek_participation\" ADD CONSTRAINT \"FK_e99a10743ca8b514315737d91d4\" FOREIGN KEY (\"voting_code_id\") REFERENCES \"voting_code\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"paper_sheet\" ADD CONSTRAINT \"FK_e93d622ef2467ee4e2c2f686b34\" FOREIGN KEY (\"stemweek_id\") REFERENCES \"stemweek\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"paper_entry\" ADD CONSTRAINT \"FK_c0ce3f6db5d76a4259ad85834dd\" FOREIGN KEY (\"stemweek_id\", \"batch\", \"sheet\") REFERENCES \"paper_sheet\"(\"stemweek_id\",\"batch\",\"sheet\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"paper_entry\" ADD CONSTRAINT \"FK_52c77273ddd87443c836949552c\" FOREIGN KEY (\"teller_account_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"paper_entry\" DROP CONSTRAINT \"FK_52c77273ddd87443c836949552c\"");
    await queryRunner.query("ALTER TABLE \"paper_entry\" DROP CONSTRAINT \"FK_c0ce3f6db5d76a4259ad85834dd\"");
    await queryRunner.query("ALTER TABLE \"paper_sheet\" DROP CONSTRAINT \"FK_e93d622ef2467ee4e2c2f686b34\"");
    await queryRunner.query("ALTER TABLE \"stemweek_participation\" DROP CONSTRAINT \"FK_e99a10743ca8b514315737d91d4\"");
    await queryRunner.query("ALTER TABLE \"stemweek_participation\" DROP CONSTRAINT \"FK_5e910604637d004fcdf77b9b3f4\"");
    await queryRunner.query("ALTER TABLE \"stemweek_participation\" DROP CONSTRAINT \"FK_fe1d2f1e9f27a1a15c5257438d0\"");
    await queryRunner.query("ALTER TABLE \"ballot\" DROP CONSTRAINT \"FK_2ca7c3249f0ce4d622b6294e9ad\"");
    await queryRunner.query("ALTER TABLE \"voting_code\" DROP CONSTRAINT \"FK_1570d26bf5f2aaf77a236923e00\"");
    await queryRunner.query("ALTER TABLE \"stemweek_audit\" DROP CONSTRAINT \"FK_5bb61a5c697a18563b7db4e40bf\"");
    await queryRunner.query("ALTER TABLE \"stemweek_audit\" DROP CONSTRAINT \"FK_690ad6f4f7b809f037d3a2a108b\"");
    await queryRunner.query("ALTER TABLE \"stemweek_item\" DROP CONSTRAINT \"FK_2e408b9d5915fcdd46912caa6bc\"");
    await queryRunner.query("ALTER TABLE \"stemweek_item\" DROP CONSTRAINT \"FK_4a8c631041e12ff45ab5d01710e\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_entry_sheet\"");
    await queryRunner.query("DROP TABLE \"paper_entry\"");
    await queryRunner.query("DROP TABLE \"paper_sheet\"");
    await queryRunner.query("DROP INDEX \"public\".\"participation_address\"");
    await queryRunner.query("DROP TABLE \"stemweek_participation\"");
    await queryRunner.query("DROP TABLE \"ballot\"");
    await queryRunner.query("DROP INDEX \"public\".\"voting_code_hash_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"voting_code_stemweek\"");
    await queryRunner.query("DROP TABLE \"voting_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"stemweek_audit_stemweek\"");
    await queryRunner.query("DROP TABLE \"stemweek_audit\"");
    await queryRunner.query("DROP INDEX \"public\".\"stemweek_item_project\"");
    await queryRunner.query("DROP TABLE \"stemweek_item\"");
    await queryRunner.query("DROP TABLE \"stemweek\"");
  }
}
