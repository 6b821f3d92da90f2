import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each stemweek records its voting key; stemweeks from before keep SESSION_SECRET, known as the key `legacy`. */
export class VotingKeys1796690000000 implements MigrationInterface {
  name = 'VotingKeys1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stemweek" ADD "voting_key_id" text NOT NULL DEFAULT 'legacy'`);
    await queryRunner.query(`ALTER TABLE "stemweek" ALTER COLUMN "voting_key_id" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stemweek" DROP COLUMN "voting_key_id"`);
  }
}
