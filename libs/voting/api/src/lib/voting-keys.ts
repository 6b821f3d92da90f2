import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@wijkdeal/shared-api-core';
import { createHmac } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The keys of the voting codes and address hashes. Each stemweek records the name of the key it was created with
 * and keeps it for good, so rotating VOTING_KEY after a leak changes new stemweeks only: printed letters of an
 * open stemweek keep working and its one-ballot-per-address rule holds. A stemweek needs its key until it is
 * published (codes are checked and addresses compared until then); without it the app refuses to start.
 */
export interface StemweekHashes {
  /** The stored form of a (normalised) voting code: a database copy does not reveal a single code. */
  codeHash(normalizedCode: string): string;
  /**
   * A keyed hash of one address within one stemweek: participations and address-bound codes can be compared
   * ("has this address voted?") without storing the address, and the hash means nothing in another stemweek.
   * Postcode and house number must be normalised (normalizePostcode, normalizeHouseNumber).
   */
  addressHash(postcode: string, houseNumber: string): string;
}

@Injectable()
export class VotingKeys implements OnModuleInit {
  // Stemweek id → key name; a stemweek's key never changes, so this needs no invalidation.
  private readonly byStemweek = new Map<string, string>();

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const rows: { voting_key_id: string; titles: string[] }[] = await this.dataSource.query(
      `SELECT voting_key_id, array_agg(title_nl ORDER BY created_at) AS titles FROM stemweek WHERE published_at IS NULL AND imported_from IS NULL GROUP BY voting_key_id`,
    );
    const missing = rows.filter((row) => !this.config.votingKeys.has(row.voting_key_id));
    if (missing.length) {
      const list = missing.map((row) => `"${row.voting_key_id}" (${row.titles.join(', ')})`).join('; ');
      throw new Error(`VOTING_KEYS_RETIRED: unpublished stemweeks use voting keys that are not configured: ${list}. Add them as name:key to VOTING_KEYS_RETIRED, or set VOTING_KEY_ID and VOTING_KEY to that key.`);
    }
  }

  /** The name new stemweeks record. */
  get currentId(): string {
    return this.config.VOTING_KEY_ID;
  }

  /** The hashes of one stemweek, with the key it recorded. */
  async of(stemweekId: string, manager: EntityManager = this.dataSource.manager): Promise<StemweekHashes> {
    const key = await this.keyOf(stemweekId, manager);
    return {
      codeHash: (normalizedCode) => createHmac('sha256', key).update(`voting-code:${normalizedCode}`).digest('hex'),
      addressHash: (postcode, houseNumber) => createHmac('sha256', key).update(`stemweek-address:${stemweekId}:${postcode}:${houseNumber}`).digest('base64url'),
    };
  }

  private async keyOf(stemweekId: string, manager: EntityManager): Promise<string> {
    let name = this.byStemweek.get(stemweekId);
    if (!name) {
      const [row]: { voting_key_id: string }[] = await manager.query(`SELECT voting_key_id FROM stemweek WHERE id = $1`, [stemweekId]);
      // Checked at start for every unpublished stemweek; an unknown stemweek has no codes to match.
      if (!row) return this.config.VOTING_KEY;
      name = row.voting_key_id;
      this.byStemweek.set(stemweekId, name);
    }
    const key = this.config.votingKeys.get(name);
    if (!key) throw new Error(`voting key "${name}" is not configured`);
    return key;
  }
}
