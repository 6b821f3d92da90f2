import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddressVerification1796692150808 implements MigrationInterface {
  name = 'AddressVerification1796692150808';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"account\" ADD \"address_verified_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"account\" ADD \"address_verified_by\" text");
    await queryRunner.query("ALTER TABLE \"account\" ADD CONSTRAINT \"account_address_verified_by\" CHECK (address_verified_by IN ('letter', 'teller'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"account\" DROP CONSTRAINT \"account_address_verified_by\"");
    await queryRunner.query("ALTER TABLE \"account\" DROP COLUMN \"address_verified_by\"");
    await queryRunner.query("ALTER TABLE \"account\" DROP COLUMN \"address_verified_at\"");
  }
}
