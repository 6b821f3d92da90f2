import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalsProgressFollows1795742581259 implements MigrationInterface {
  name = 'ProposalsProgressFollows1795742581259';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"photo\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"mime\" text NOT NULL, \"data\" bytea NOT NULL, \"width\" integer NOT NULL, \"height\" integer NOT NULL, \"uploaded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_723fa50bf70dcfd06fb5a44d4ff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"follow\" (\"account_id\" uuid NOT NULL, \"target_type\" text NOT NULL, \"target_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"follow_target_known\" CHECK (target_type IN ('project', 'theme')), CONSTRAINT \"PK_5fb3c0b948bca028e413aa6b9b6\" PRIMARY KEY (\"account_id\", \"target_type\", \"target_id\"))");
    await queryRunner.query("CREATE INDEX \"follow_target\" ON \"follow\"  (\"target_type\", \"target_id\") ");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"account_id\" uuid NOT NULL, \"event_key\" text NOT NULL, \"kind\" text NOT NULL, \"title\" jsonb NOT NULL, \"body\" jsonb NOT NULL, \"link\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, \"mailed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"notification_once_per_event\" UNIQUE (\"account_id\", \"event_key\"), CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notification_unmailed\" ON \"notification\"  (\"mailed_at\", \"account_id\") ");
    await queryRunner.query("CREATE INDEX \"notification_account_created\" ON \"notification\"  (\"account_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"notification_settings\" (\"account_id\" uuid NOT NULL, \"email_frequency\" text NOT NULL DEFAULT 'weekly', \"last_mailed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"notification_settings_frequency\" CHECK (email_frequency IN ('instant', 'daily', 'weekly', 'never')), CONSTRAINT \"PK_b09acbe9164a5427e6475ba1105\" PRIMARY KEY (\"account_id\"))");
    await queryRunner.query("CREATE TABLE \"proposal\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"author_id\" uuid, \"theme_id\" uuid NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL, \"place\" text, \"estimated_cost\" numeric(12,2), \"photo_id\" uuid, \"status\" text NOT NULL DEFAULT 'submitted', \"merged_into_id\" uuid, \"project_id\" uuid, \"hidden_reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"proposal_cost_positive\" CHECK (estimated_cost IS NULL OR estimated_cost >= 0), CONSTRAINT \"proposal_status_known\" CHECK (status IN ('submitted', 'question', 'accepted', 'declined', 'merged')), CONSTRAINT \"PK_ca872ecfe4fef5720d2d39e4275\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"proposal_theme_status\" ON \"proposal\"  (\"theme_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"proposal_support\" (\"proposal_id\" uuid NOT NULL, \"account_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_338256de9c9460f31b80dcd0598\" PRIMARY KEY (\"proposal_id\", \"account_id\"))");
    await queryRunner.query("CREATE TABLE \"proposal_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"proposal_id\" uuid NOT NULL, \"author_id\" uuid, \"kind\" text NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"proposal_message_kind\" CHECK (kind IN ('question', 'answer', 'declined', 'merged', 'accepted')), CONSTRAINT \"PK_d13d608718b7d7c9296de2c70c9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"proposal_message_proposal\" ON \"proposal_message\"  (\"proposal_id\") ");
    await queryRunner.query("CREATE TABLE \"content_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"target_type\" text NOT NULL, \"target_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"content_report_target\" CHECK (target_type IN ('proposal', 'update')), CONSTRAINT \"PK_1effd709157e94e02959826f51e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"milestone\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"title\" text NOT NULL, \"planned_on\" date, \"done_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_f8372abce331f60ba7b33fe23a7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"milestone_project\" ON \"milestone\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"progress_update\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"author_id\" uuid, \"body\" text NOT NULL, \"progress\" integer, \"status\" text, \"milestone_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"edited_at\" TIMESTAMP WITH TIME ZONE, \"edited_by_admin\" boolean NOT NULL DEFAULT false, \"hidden_reason\" text, CONSTRAINT \"progress_update_status\" CHECK (status IS NULL OR status IN ('proposed', 'candidate', 'selected', 'in-progress', 'done', 'paused', 'stopped')), CONSTRAINT \"progress_update_progress\" CHECK (progress IS NULL OR progress BETWEEN 0 AND 100), CONSTRAINT \"PK_5ac3567b3caf930f1bad30796f8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"progress_update_created\" ON \"progress_update\"  (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"progress_update_project_created\" ON \"progress_update\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"progress_update_photo\" (\"update_id\" uuid NOT NULL, \"photo_id\" uuid NOT NULL, \"position\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_491f32f84cc8f84d05ad095e403\" PRIMARY KEY (\"update_id\", \"photo_id\"))");
    await queryRunner.query("CREATE TABLE \"project_join_request\" (\"project_id\" uuid NOT NULL, \"account_id\" uuid NOT NULL, \"message\" text NOT NULL DEFAULT '', \"status\" text NOT NULL DEFAULT 'pending', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"project_join_request_status\" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT \"PK_ef8432b0bdc010a63498f4910ac\" PRIMARY KEY (\"project_id\", \"account_id\"))");
    await queryRunner.query("ALTER TABLE \"project\" ADD \"place\" text");
    await queryRunner.query("ALTER TABLE \"follow\" ADD CONSTRAINT \"FK_1cea2f12b5980b645af70294643\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"FK_6bfa96ab97f1a09d73091294efc\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_settings\" ADD CONSTRAINT \"FK_b09acbe9164a5427e6475ba1105\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal\" ADD CONSTRAINT \"FK_94507a1afef0c42452a5ca2bd27\" FOREIGN KEY (\"author_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal\" ADD CONSTRAINT \"FK_f50fcaf4c74da089103cdafbb54\" FOREIGN KEY (\"theme_id\") REFERENCES \"theme\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal\" ADD CONSTRAINT \"FK_aadb2c6b997b1aef4b18e06e636\" FOREIGN KEY (\"merged_into_id\") REFERENCES \"proposal\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal\" ADD CONSTRAINT \"FK_cc40b9cbd32d498a4130818b83d\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal_support\" ADD CONSTRAINT \"FK_fcaee5cd4e8701683cc340c0342\" FOREIGN KEY (\"proposal_id\") REFERENCES \"proposal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal_support\" ADD CONSTRAINT \"FK_359b9bb18a1cd102df98399fe5a\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal_message\" ADD CONSTRAINT \"FK_c7cf25e051d314711c634fef665\" FOREIGN KEY (\"proposal_id\") REFERENCES \"proposal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"proposal_message\" ADD CONSTRAINT \"FK_1e6856a7647bacdb2d00103549c\" FOREIGN KEY (\"author_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"milestone\" ADD CONSTRAINT \"FK_a6f99388cc316eeee256347f0c0\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"progress_update\" ADD CONSTRAINT \"FK_e9cc1cad7364d7b1176e4363804\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"progress_update\" ADD CONSTRAINT \"FK_53c3e590baf82d46924c856e1ca\" FOREIGN KEY (\"author_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"progress_update\" ADD CONSTRAINT \"FK_a349e82b1d5831823888b9e23c3\" FOREIGN KEY (\"milestone_id\") REFERENCES \"milestone\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"progress_update_photo\" ADD CONSTRAINT \"FK_4dde361fe2380629a4c788e303f\" FOREIGN KEY (\"update_id\") REFERENCES \"progress_update\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_join_request\" ADD CONSTRAINT \"FK_d1092d26177a948798b1c7efdc1\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_join_request\" ADD CONSTRAINT \"FK_5df45077c3ebd5064e7e41e111e\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_join_request\" DROP CONSTRAINT \"FK_5df45077c3ebd5064e7e41e111e\"");
    await queryRunner.query("ALTER TABLE \"project_join_request\" DROP CONSTRAINT \"FK_d1092d26177a948798b1c7efdc1\"");
    await queryRunner.query("ALTER TABLE \"progress_update_photo\" DROP CONSTRAINT \"FK_4dde361fe2380629a4c788e303f\"");
    await queryRunner.query("ALTER TABLE \"progress_update\" DROP CONSTRAINT \"FK_a349e82b1d5831823888b9e23c3\"");
    await queryRunner.query("ALTER TABLE \"progress_update\" DROP CONSTRAINT \"FK_53c3e590baf82d46924c856e1ca\"");
    await queryRunner.query("ALTER TABLE \"progress_update\" DROP CONSTRAINT \"FK_e9cc1cad7364d7b1176e4363804\"");
    await queryRunner.query("ALTER TABLE \"milestone\" DROP CONSTRAINT \"FK_a6f99388cc316eeee256347f0c0\"");
    await queryRunner.query("ALTER TABLE \"proposal_message\" DROP CONSTRAINT \"FK_1e6856a7647bacdb2d00103549c\"");
    await queryRunner.query("ALTER TABLE \"proposal_message\" DROP CONSTRAINT \"FK_c7cf25e051d314711c634fef665\"");
    await queryRunner.query("ALTER TABLE \"proposal_support\" DROP CONSTRAINT \"FK_359b9bb18a1cd102df98399fe5a\"");
    await queryRunner.query("ALTER TABLE \"proposal_support\" DROP CONSTRAINT \"FK_fcaee5cd4e8701683cc340c0342\"");
    await queryRunner.query("ALTER TABLE \"proposal\" DROP CONSTRAINT \"FK_cc40b9cbd32d498a4130818b83d\"");
    await queryRunner.query("ALTER TABLE \"proposal\" DROP CONSTRAINT \"FK_aadb2c6b997b1aef4b18e06e636\"");
    await queryRunner.query("ALTER TABLE \"proposal\" DROP CONSTRAINT \"FK_f50fcaf4c74da089103cdafbb54\"");
    await queryRunner.query("ALTER TABLE \"proposal\" DROP CONSTRAINT \"FK_94507a1afef0c42452a5ca2bd27\"");
    await queryRunner.query("ALTER TABLE \"notification_settings\" DROP CONSTRAINT \"FK_b09acbe9164a5427e6475ba1105\"");
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"FK_6bfa96ab97f1a09d73091294efc\"");
    await queryRunner.query("ALTER TABLE \"follow\" DROP CONSTRAINT \"FK_1cea2f12b5980b645af70294643\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP COLUMN \"place\"");
    await queryRunner.query("DROP TABLE \"project_join_request\"");
    await queryRunner.query("DROP TABLE \"progress_update_photo\"");
    await queryRunner.query("DROP INDEX \"public\".\"progress_update_project_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"progress_update_created\"");
    await queryRunner.query("DROP TABLE \"progress_update\"");
    await queryRunner.query("DROP INDEX \"public\".\"milestone_project\"");
    await queryRunner.query("DROP TABLE \"milestone\"");
    await queryRunner.query("DROP TABLE \"content_report\"");
    await queryRunner.query("DROP INDEX \"public\".\"proposal_message_proposal\"");
    await queryRunner.query("DROP TABLE \"proposal_message\"");
    await queryRunner.query("DROP TABLE \"proposal_support\"");
    await queryRunner.query("DROP INDEX \"public\".\"proposal_theme_status\"");
    await queryRunner.query("DROP TABLE \"proposal\"");
    await queryRunner.query("DROP TABLE \"notification_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"notification_account_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"notification_unmailed\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("DROP INDEX \"public\".\"follow_target\"");
    await queryRunner.query("DROP TABLE \"follow\"");
    await queryRunner.query("DROP TABLE \"photo\"");
  }
}
