import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeighbourhoodMeetings1795743739803 implements MigrationInterface {
  name = 'NeighbourhoodMeetings1795743739803';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cafe_evening\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"month\" text NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"place\" text NOT NULL, \"cancelled\" boolean NOT NULL DEFAULT false, \"moved\" boolean NOT NULL DEFAULT false, \"note\" text NOT NULL DEFAULT '', \"report_nl\" text, \"report_en\" text, \"report_published_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a11d2867c1ce6e75ed931155c01\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"cafe_evening_month_unique\" ON \"cafe_evening\"  (\"month\") ");
    await queryRunner.query("CREATE INDEX \"cafe_evening_starts_at\" ON \"cafe_evening\"  (\"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"pitch\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"evening_id\" uuid NOT NULL, \"name\" text NOT NULL, \"email\" text NOT NULL, \"topic\" text NOT NULL, \"minutes\" integer NOT NULL, \"status\" text NOT NULL DEFAULT 'pending', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pitch_minutes_range\" CHECK (minutes BETWEEN 1 AND 15), CONSTRAINT \"pitch_status_known\" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT \"PK_8174512e26c5adb6879b299f3e6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"pitch_evening\" ON \"pitch\"  (\"evening_id\") ");
    await queryRunner.query("CREATE TABLE \"programme_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"evening_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"kind\" text NOT NULL, \"pitch_id\" uuid, \"project_id\" uuid, \"title\" text NOT NULL, \"minutes\" integer NOT NULL DEFAULT '5', CONSTRAINT \"programme_item_kind\" CHECK (kind IN ('pitch', 'project-update', 'other')), CONSTRAINT \"PK_a64034880ceb354b386272d4299\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"programme_item_evening\" ON \"programme_item\"  (\"evening_id\") ");
    await queryRunner.query("CREATE TABLE \"news_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"title_nl\" text NOT NULL, \"title_en\" text NOT NULL DEFAULT '', \"body_nl\" text NOT NULL, \"body_en\" text NOT NULL DEFAULT '', \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"author_id\" uuid, CONSTRAINT \"PK_8e2f3e03d39030228522f707758\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"news_item_slug_unique\" ON \"news_item\"  (\"slug\") ");
    await queryRunner.query("CREATE INDEX \"news_item_published_at\" ON \"news_item\"  (\"published_at\") ");
    await queryRunner.query("CREATE TABLE \"werkplaats\" (\"id\" integer NOT NULL, \"address\" text NOT NULL, \"opening_hours_nl\" text NOT NULL, \"opening_hours_en\" text NOT NULL, \"team\" jsonb NOT NULL DEFAULT '[]', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"werkplaats_single_row\" CHECK (id = 1), CONSTRAINT \"PK_f5de9ea2b5c4967e2575a084154\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"koploper_profile\" (\"account_id\" uuid NOT NULL, \"bio\" text NOT NULL DEFAULT '', \"photo_id\" uuid, \"public\" boolean NOT NULL DEFAULT false, CONSTRAINT \"PK_26baf3a006e2daf53a35cef75ea\" PRIMARY KEY (\"account_id\"))");
    await queryRunner.query("CREATE TABLE \"koploper_application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"account_id\" uuid NOT NULL, \"motivation\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'pending', \"reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"koploper_application_status\" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT \"PK_81a5db637a18a745fe746d45a9c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"koploper_application_account\" ON \"koploper_application\"  (\"account_id\") ");
    await queryRunner.query("CREATE TABLE \"meeting\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" text NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"place\" text NOT NULL, \"cancelled\" boolean NOT NULL DEFAULT false, \"public_minutes\" text NOT NULL DEFAULT '', \"private_minutes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dccaf9e4c0e39067d82ccc7bb83\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"meeting_starts_at\" ON \"meeting\"  (\"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"agenda_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"title\" text NOT NULL, \"theme_id\" uuid, \"project_id\" uuid, CONSTRAINT \"PK_413623e61232799619c2e0a1d42\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"agenda_item_meeting\" ON \"agenda_item\"  (\"meeting_id\") ");
    await queryRunner.query("CREATE TABLE \"meeting_attendance\" (\"meeting_id\" uuid NOT NULL, \"account_id\" uuid NOT NULL, CONSTRAINT \"PK_eef22683969bef5f08a812909cb\" PRIMARY KEY (\"meeting_id\", \"account_id\"))");
    await queryRunner.query("CREATE TABLE \"decision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"text\" text NOT NULL, \"effect\" text NOT NULL DEFAULT 'none', \"project_id\" uuid, \"proposal_id\" uuid, \"new_status\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"decision_status\" CHECK (new_status IS NULL OR new_status IN ('proposed', 'candidate', 'selected', 'in-progress', 'done', 'paused', 'stopped')), CONSTRAINT \"decision_effect\" CHECK (effect IN ('none', 'created-project', 'created-proposal', 'project-status')), CONSTRAINT \"PK_fa4cbd6abf1215054f13c27df5a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"decision_meeting\" ON \"decision\"  (\"meeting_id\") ");
    await queryRunner.query("CREATE INDEX \"decision_project\" ON \"decision\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"action_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"title\" text NOT NULL, \"owner_id\" uuid, \"due_on\" date, \"status\" text NOT NULL DEFAULT 'open', \"project_id\" uuid, CONSTRAINT \"action_item_status\" CHECK (status IN ('open', 'done')), CONSTRAINT \"PK_1214f6f4d832c402751617361c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"action_item_status_due\" ON \"action_item\"  (\"status\", \"due_on\") ");
    await queryRunner.query("ALTER TABLE \"pitch\" ADD CONSTRAINT \"FK_61c8a6b4342676cf2c6a5abfa8c\" FOREIGN KEY (\"evening_id\") REFERENCES \"cafe_evening\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_item\" ADD CONSTRAINT \"FK_75204d8529d4d07e9dd83d255ea\" FOREIGN KEY (\"evening_id\") REFERENCES \"cafe_evening\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_item\" ADD CONSTRAINT \"FK_c0ef1c18bf544a706ae32bfa069\" FOREIGN KEY (\"pitch_id\") REFERENCES \"pitch\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_item\" ADD CONSTRAINT \"FK_8a78ff402166d3f46d16271fdde\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"news_item\" ADD CONSTRAINT \"FK_669f4633b013b36c46a359e1b5d\" FOREIGN KEY (\"author_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"koploper_profile\" ADD CONSTRAINT \"FK_26baf3a006e2daf53a35cef75ea\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"koploper_application\" ADD CONSTRAINT \"FK_c1723e875d68083973c354d9ecb\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_4d88141b534e8aad85bb583eb3b\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_0f3d2df3c8c57c6260f09254893\" FOREIGN KEY (\"theme_id\") REFERENCES \"theme\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_1eab2cbe9f08f91af2c61f63941\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" ADD CONSTRAINT \"FK_2bf53a2dc49796d33484ed1fe5c\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" ADD CONSTRAINT \"FK_36a73d841c12767708e276c6456\" FOREIGN KEY (\"account_id\") REFERENCES \"account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"decision\" ADD CONSTRAINT \"FK_2f94d2220056fd79cfd6e0e898c\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"decision\" ADD CONSTRAINT \"FK_724aff3d332fcb32ccbe2fe4d76\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"decision\" ADD CONSTRAINT \"FK_a364c952f5ee8af29dd30f35b9a\" FOREIGN KEY (\"proposal_id\") REFERENCES \"proposal\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_item\" ADD CONSTRAINT \"FK_f77a02b2bac8df1a368c81281bf\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_item\" ADD CONSTRAINT \"FK_f9df10a302204c2cdb743e048e3\" FOREIGN KEY (\"owner_id\") REFERENCES \"account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_item\" ADD CONSTRAINT \"FK_c85bf5eec1b7ebafd28b9a8cbf3\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"action_item\" DROP CONSTRAINT \"FK_c85bf5eec1b7ebafd28b9a8cbf3\"");
    await queryRunner.query("ALTER TABLE \"action_item\" DROP CONSTRAINT \"FK_f9df10a302204c2cdb743e048e3\"");
    await queryRunner.query("ALTER TABLE \"action_item\" DROP CONSTRAINT \"FK_f77a02b2bac8df1a368c81281bf\"");
    await queryRunner.query("ALTER TABLE \"decision\" DROP CONSTRAINT \"FK_a364c952f5ee8af29dd30f35b9a\"");
    await queryRunner.query("ALTER TABLE \"decision\" DROP CONSTRAINT \"FK_724aff3d332fcb32ccbe2fe4d76\"");
    await queryRunner.query("ALTER TABLE \"decision\" DROP CONSTRAINT \"FK_2f94d2220056fd79cfd6e0e898c\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" DROP CONSTRAINT \"FK_36a73d841c12767708e276c6456\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" DROP CONSTRAINT \"FK_2bf53a2dc49796d33484ed1fe5c\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_1eab2cbe9f08f91af2c61f63941\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_0f3d2df3c8c57c6260f09254893\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_4d88141b534e8aad85bb583eb3b\"");
    await queryRunner.query("ALTER TABLE \"koploper_application\" DROP CONSTRAINT \"FK_c1723e875d68083973c354d9ecb\"");
    await queryRunner.query("ALTER TABLE \"koploper_profile\" DROP CONSTRAINT \"FK_26baf3a006e2daf53a35cef75ea\"");
    await queryRunner.query("ALTER TABLE \"news_item\" DROP CONSTRAINT \"FK_669f4633b013b36c46a359e1b5d\"");
    await queryRunner.query("ALTER TABLE \"programme_item\" DROP CONSTRAINT \"FK_8a78ff402166d3f46d16271fdde\"");
    await queryRunner.query("ALTER TABLE \"programme_item\" DROP CONSTRAINT \"FK_c0ef1c18bf544a706ae32bfa069\"");
    await queryRunner.query("ALTER TABLE \"programme_item\" DROP CONSTRAINT \"FK_75204d8529d4d07e9dd83d255ea\"");
    await queryRunner.query("ALTER TABLE \"pitch\" DROP CONSTRAINT \"FK_61c8a6b4342676cf2c6a5abfa8c\"");
    await queryRunner.query("DROP INDEX \"public\".\"action_item_status_due\"");
    await queryRunner.query("DROP TABLE \"action_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"decision_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"decision_meeting\"");
    await queryRunner.query("DROP TABLE \"decision\"");
    await queryRunner.query("DROP TABLE \"meeting_attendance\"");
    await queryRunner.query("DROP INDEX \"public\".\"agenda_item_meeting\"");
    await queryRunner.query("DROP TABLE \"agenda_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"meeting_starts_at\"");
    await queryRunner.query("DROP TABLE \"meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"koploper_application_account\"");
    await queryRunner.query("DROP TABLE \"koploper_application\"");
    await queryRunner.query("DROP TABLE \"koploper_profile\"");
    await queryRunner.query("DROP TABLE \"werkplaats\"");
    await queryRunner.query("DROP INDEX \"public\".\"news_item_published_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"news_item_slug_unique\"");
    await queryRunner.query("DROP TABLE \"news_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"programme_item_evening\"");
    await queryRunner.query("DROP TABLE \"programme_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"pitch_evening\"");
    await queryRunner.query("DROP TABLE \"pitch\"");
    await queryRunner.query("DROP INDEX \"public\".\"cafe_evening_starts_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"cafe_evening_month_unique\"");
    await queryRunner.query("DROP TABLE \"cafe_evening\"");
  }
}
