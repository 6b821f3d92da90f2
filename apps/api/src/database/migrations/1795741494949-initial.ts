import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795741494949 implements MigrationInterface {
  name = 'Initial1795741494949';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"password_hash\" text NOT NULL, \"display_name\" text NOT NULL, \"postcode\" text, \"house_number\" text, \"locale\" text NOT NULL DEFAULT 'nl', \"email_verified_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_54115ee388cdb6d86bb4bf5b2ea\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"account_email_unique\" ON \"account\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"account_role\" (\"account_id\" uuid NOT NULL, \"role\" text NOT NULL, \"granted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"account_role_known\" CHECK (role IN ('admin', 'koploper', 'teller')), CONSTRAINT \"PK_4631880df9c77d039637e42b908\" PRIMARY KEY (\"account_id\", \"role\"))");
    await queryRunner.query("CREATE TABLE \"session\" (\"token_hash\" text NOT NULL, \"account_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_a83507eb0338ac037780e02f2b9\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"session_account\" ON \"session\"  (\"account_id\") ");
    await queryRunner.query("CREATE TABLE \"account_token\" (\"token_hash\" text NOT NULL, \"account_id\" uuid NOT NULL, \"purpose\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"account_token_purpose\" CHECK (purpose IN ('verify-email', 'reset-password')), CONSTRAINT \"PK_afb41d941d437f47a0d75373f88\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"account_token_account\" ON \"account_token\"  (\"account_id\") ");
    await queryRunner.query("CREATE TABLE \"rate_limit_bucket\" (\"key\" text NOT NULL, \"window_start\" TIMESTAMP WITH TIME ZONE NOT NULL, \"hits\" integer NOT NULL, CONSTRAINT \"PK_297f92caac7bd103dfaf6d95490\" PRIMARY KEY (\"key\", \"window_start\"))");
    await queryRunner.query("CREATE TABLE \"captured_mail\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"to_address\" text NOT NULL, \"subject\" text NOT NULL, \"text\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3c0c3d83ab87f9026be97a5df14\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"partner\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"name\" text NOT NULL, \"kind\" text NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"partner_kind_known\" CHECK (kind IN ('residents', 'municipality', 'welfare', 'education', 'business', 'housing', 'care', 'culture', 'energy', 'other')), CONSTRAINT \"PK_8f34ff11ddd5459eacbfacd48ca\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"partner_slug_unique\" ON \"partner\"  (\"slug\") ");
    await queryRunner.query("CREATE TABLE \"theme\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"position\" integer NOT NULL, \"name_nl\" text NOT NULL, \"name_en\" text NOT NULL, \"intro_nl\" text NOT NULL DEFAULT '', \"intro_en\" text NOT NULL DEFAULT '', \"description_nl\" text NOT NULL DEFAULT '', \"description_en\" text NOT NULL DEFAULT '', CONSTRAINT \"PK_c1934d0b4403bf10c1ab0c18166\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"theme_slug_unique\" ON \"theme\"  (\"slug\") ");
    await queryRunner.query("CREATE TABLE \"theme_contact\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"theme_id\" uuid NOT NULL, \"account_id\" uuid NOT NULL, \"organisation\" text NOT NULL DEFAULT '', CONSTRAINT \"theme_contact_once\" UNIQUE (\"theme_id\", \"account_id\"), CONSTRAINT \"PK_bb158f6d2ee5493890c868d895e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"theme_contact_account\" ON \"theme_contact\"  (\"account_id\") ");
    await queryRunner.query("CREATE TABLE \"project\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"theme_id\" uuid NOT NULL, \"title_nl\" text NOT NULL, \"title_en\" text NOT NULL DEFAULT '', \"summary_nl\" text NOT NULL DEFAULT '', \"summary_en\" text NOT NULL DEFAULT '', \"description_nl\" text NOT NULL DEFAULT '', \"description_en\" text NOT NULL DEFAULT '', \"status\" text NOT NULL DEFAULT 'proposed', \"progress\" integer NOT NULL DEFAULT '0', \"cost_estimate\" numeric(12,2), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"project_progress_range\" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT \"project_status_known\" CHECK (status IN ('proposed', 'candidate', 'selected', 'in-progress', 'done', 'paused', 'stopped')), CONSTRAINT \"PK_4d68b1358bb5b766d3e78f32f57\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"project_slug_unique\" ON \"project\"  (\"slug\") ");
    await queryRunner.query("CREATE INDEX \"project_theme\" ON \"project\"  (\"theme_id\") ");
    await queryRunner.query("CREATE INDEX \"project_status\" ON \"project\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"project_member\" (\"project_id\" uuid NOT NULL, \"account_id\" uuid NOT NULL, \"role\" text NOT NULL DEFAULT 'member', CONSTRAINT \"project_member_role_known\" CHECK (role IN ('lead', 'member')), CONSTRAINT \"PK_db1878f987a9782ad8320961693\" PRIMARY KEY (\"project_id\", \"account_id\"))");
    await queryRunner.query("CREATE INDEX \"project_member_account\" ON \"project_member\"  (\"account_id\") ");
    await queryRunner.query("ALTER TABLE \"account_role\" ADD CONSTRAINT \"FK_9a9f1af0ee8fab2683a16e8df7e\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_fae5a6b4a57f098e9af8520d499\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"account_token\" ADD CONSTRAINT \"FK_f7da95d0844aa751d562d730fed\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"theme_contact\" ADD CONSTRAINT \"FK_10cefce6b482a65800616facea5\" FOREIGN KEY (\"theme_id\") REFERENCES \"theme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"theme_contact\" ADD CONSTRAINT \"FK_2ceacd2ff391e393d72b14013ea\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project\" ADD CONSTRAINT \"FK_d8d410ef262126d6b266cd20305\" FOREIGN KEY (\"theme_id\") REFERENCES \"theme\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_member\" ADD CONSTRAINT \"FK_aaef76230abfcdf30adb15d0be8\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_member\" ADD CONSTRAINT \"FK_d1536ca44adebef7ac604007cae\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_member\" DROP CONSTRAINT \"FK_d1536ca44adebef7ac604007cae\"");
    await queryRunner.query("ALTER TABLE \"project_member\" DROP CONSTRAINT \"FK_aaef76230abfcdf30adb15d0be8\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP CONSTRAINT \"FK_d8d410ef262126d6b266cd20305\"");
    await queryRunner.query("ALTER TABLE \"theme_contact\" DROP CONSTRAINT \"FK_2ceacd2ff391e393d72b14013ea\"");
    await queryRunner.query("ALTER TABLE \"theme_contact\" DROP CONSTRAINT \"FK_10cefce6b482a65800616facea5\"");
    await queryRunner.query("ALTER TABLE \"account_token\" DROP CONSTRAINT \"FK_f7da95d0844aa751d562d730fed\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_fae5a6b4a57f098e9af8520d499\"");
    await queryRunner.query("ALTER TABLE \"account_role\" DROP CONSTRAINT \"FK_9a9f1af0ee8fab2683a16e8df7e\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_member_account\"");
    await queryRunner.query("DROP TABLE \"project_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_theme\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_slug_unique\"");
    await queryRunner.query("DROP TABLE \"project\"");
    await queryRunner.query("DROP INDEX \"public\".\"theme_contact_account\"");
    await queryRunner.query("DROP TABLE \"theme_contact\"");
    await queryRunner.query("DROP INDEX \"public\".\"theme_slug_unique\"");
    await queryRunner.query("DROP TABLE \"theme\"");
    await queryRunner.query("DROP INDEX \"public\".\"partner_slug_unique\"");
    await queryRunner.query("DROP TABLE \"partner\"");
    await queryRunner.query("DROP TABLE \"captured_mail\"");
    await queryRunner.query("DROP TABLE \"rate_limit_bucket\"");
    await queryRunner.query("DROP INDEX \"public\".\"account_token_account\"");
    await queryRunner.query("DROP TABLE \"account_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"session_account\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP TABLE \"account_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"account_email_unique\"");
    await queryRunner.query("DROP TABLE \"account\"");
  }
}
