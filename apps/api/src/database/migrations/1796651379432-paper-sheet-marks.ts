import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaperSheetMarks1796651379432 implements MigrationInterface {
  name = 'PaperSheetMarks1796651379432';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"paper_sheet\" ADD \"mark\" text");
    await queryRunner.query("ALTER TABLE \"paper_entry\" ADD \"mark\" text");
    await queryRunner.query("ALTER TABLE \"paper_sheet\" ADD CONSTRAINT \"paper_sheet_mark_known\" CHECK (mark IS NULL OR mark IN ('blank', 'spoilt'))");
    await queryRunner.query("ALTER TABLE \"paper_entry\" ADD CONSTRAINT \"paper_entry_mark_known\" CHECK (mark IS NULL OR mark IN ('blank', 'spoilt'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"paper_entry\" DROP CONSTRAINT \"paper_entry_mark_known\"");
    await queryRunner.query("ALTER TABLE \"paper_sheet\" DROP CONSTRAINT \"paper_sheet_mark_known\"");
    await queryRunner.query("ALTER TABLE \"paper_entry\" DROP COLUMN \"mark\"");
    await queryRunner.query("ALTER TABLE \"paper_sheet\" DROP COLUMN \"mark\"");
  }
}
