import { Injectable } from '@nestjs/common';
import { AddressVerificationService, isUniqueViolation } from '@wijkdeal/accounts-api';
import { AppConfig, CurrentAccountData, DomainException, hasRole, Problem, RateLimiter } from '@wijkdeal/shared-api-core';
import {
  formatVotingCode,
  GeneratedCodes,
  GeneratedVotingCode,
  normalizeHouseNumber,
  normalizePostcode,
  normalizeVotingCode,
} from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { VotingKeys } from './voting-keys';
import { newVotingCode } from './random-codes';
import { GenerateCodesDto } from './ballot.dto';
import { writeAudit } from './stemweek-audit';
import { databaseNow, findStemweek } from './stemweek.service';
import { stemweekState } from './stemweek-rules';

/**
 * Wrong codes per client address per stemweek per 15 minutes. A voting place shares one address (the Werkplaats
 * computer, a school, a care home), so the limit is far above what typing mistakes there reach. It is not what keeps
 * codes safe: with 60 random bits, 100 guesses find a code with a chance of about 1 in 10^13 even among 10,000 codes.
 */
export const WRONG_CODES_PER_15_MIN = 100;

/**
 * Wrong codes in an hour, all sources together, that raise the alarm on the admin's turnout page. Typing mistakes of a
 * whole neighbourhood stay far below it; a script spread over many addresses, each under its own limit, does not.
 */
export const WRONG_CODES_ALARM_PER_HOUR = 50;

export interface ResolvedCode {
  id: string;
  addressHash: string | null;
}

@Injectable()
export class VotingCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly rateLimiter: RateLimiter,
    private readonly keys: VotingKeys,
    private readonly addresses: AddressVerificationService,
  ) {}

  /**
   * Makes `count` codes and returns them once. Codes are bound to addresses when a list is given. Codes of one
   * request are one transaction with their audit row; the audit holds the count, never a code.
   */
  async generate(stemweekId: string, dto: GenerateCodesDto, actor: CurrentAccountData): Promise<GeneratedCodes> {
    const addresses = this.checkAddresses(dto);
    for (let attempt = 1; ; attempt++) {
      const codes = Array.from({ length: dto.count }, () => newVotingCode());
      try {
        await this.dataSource.transaction(async (manager) => {
          const stemweek = await findStemweek(manager, stemweekId, 'for_key_share');
          if (!stemweek.channels.includes('code')) throw new DomainException('CHANNEL_NOT_USED');
          // A loose code and an account could be one person voting twice: with accounts, every code has its address.
          if (!addresses && stemweek.channels.includes('account')) throw new DomainException('UNBOUND_CODES_WITH_ACCOUNTS');
          const state = stemweekState(stemweek, await databaseNow(manager));
          if (state !== 'upcoming' && state !== 'open') throw new DomainException('STEMWEEK_NOT_OPEN');
          const hashes = await this.keys.of(stemweekId, manager);
          await manager.query(
            `INSERT INTO voting_code (stemweek_id, code_hash, address_hash)
             SELECT $1, code_hash, address_hash FROM unnest($2::text[], $3::text[]) AS t(code_hash, address_hash)`,
            [stemweekId, codes.map(hashes.codeHash), codes.map((_code, index) => (addresses ? hashes.addressHash(addresses[index].postcode, addresses[index].houseNumber) : null))],
          );
          await writeAudit(manager, stemweekId, actor.id, 'generate-codes', { count: dto.count, boundToAddresses: !!addresses });
        });
      } catch (error) {
        // Two equal 60-bit codes are astronomically unlikely, but the unique index decides, not hope.
        if (isUniqueViolation(error, 'voting_code_hash_unique') && attempt < 3) continue;
        throw error;
      }
      return {
        stemweekId,
        count: codes.length,
        codes: codes.map((code, index): GeneratedVotingCode => {
          const printed = formatVotingCode(code);
          // Short enough to type from paper; /stem/CODE finds the stemweek from the code (lookup below).
          const entry: GeneratedVotingCode = { code: printed, url: `${this.config.PUBLIC_URL}/stem/${printed}` };
          if (addresses) Object.assign(entry, addresses[index]);
          return entry;
        }),
      };
    }
  }

  /** CSV for a mail merge of the letters: one row per code. */
  toCsv(generated: GeneratedCodes): string {
    const bound = generated.codes.some((code) => code.postcode);
    const header = bound ? ['code', 'url', 'postcode', 'house_number'] : ['code', 'url'];
    const rows = generated.codes.map((code) => (bound ? [code.code, code.url, code.postcode ?? '', code.houseNumber ?? ''] : [code.code, code.url]));
    return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  /**
   * Finds the code for this stemweek, or throws INVALID_CODE. Only wrong codes count, and a right code always counts:
   * so typos of others at a shared address never lock a voter out, and a right code is no news to a script, which
   * cannot guess one. Past the limit wrong codes get TOO_MANY_ATTEMPTS. A signed-in teller (the Werkplaats station)
   * is never throttled. The client key (the IP address) is only kept as a keyed hash for the window.
   */
  async resolve(stemweekId: string, input: string, client: string, account?: CurrentAccountData): Promise<ResolvedCode> {
    const normalized = normalizeVotingCode(input);
    const rows: { id: string; address_hash: string | null }[] = normalized
      ? await this.dataSource.query(`SELECT id, address_hash FROM voting_code WHERE code_hash = $1 AND stemweek_id = $2`, [(await this.keys.of(stemweekId)).codeHash(normalized), stemweekId])
      : [];
    const code = rows[0];
    if (!code) {
      await this.dataSource.query(
        // Through SELECT: an id of no stemweek counts nowhere (and breaks no foreign key).
        `INSERT INTO stemweek_wrong_codes (stemweek_id, hour, count) SELECT id, date_trunc('hour', now()), 1 FROM stemweek WHERE id = $1
         ON CONFLICT (stemweek_id, hour) DO UPDATE SET count = stemweek_wrong_codes.count + 1`,
        [stemweekId],
      );
      if (!hasRole(account, 'teller')) await this.rateLimiter.hit('voting-code', `${stemweekId}:${client}`, WRONG_CODES_PER_15_MIN, 15);
      throw new DomainException('INVALID_CODE');
    }
    return { id: code.id, addressHash: code.address_hash };
  }

  /** Checks a letter code before the ballot is filled in: right, and not used yet. Wrong codes count as when voting. */
  async check(stemweekId: string, input: string, client: string, account?: CurrentAccountData): Promise<{ ok: true }> {
    const code = await this.resolve(stemweekId, input, client, account);
    const [used] = await this.dataSource.query(`SELECT 1 FROM stemweek_participation WHERE voting_code_id = $1`, [code.id]);
    if (used) throw new DomainException('ALREADY_VOTED');
    return { ok: true };
  }

  /**
   * The stemweek of a letter code, for the short link on the letter (/stem/CODE). Only stemweeks that still take
   * codes are searched, each with its own key; a wrong code counts against the client's limit like any other.
   */
  async lookup(input: string, client: string, account?: CurrentAccountData): Promise<{ stemweekId: string }> {
    const normalized = normalizeVotingCode(input);
    const candidates: { id: string }[] = normalized
      ? await this.dataSource.query(`SELECT id FROM stemweek WHERE 'code' = ANY(channels) AND published_at IS NULL AND closed_at IS NULL AND closes_at > now()`)
      : [];
    const hashes = await Promise.all(candidates.map(async (stemweek) => (await this.keys.of(stemweek.id)).codeHash(normalized ?? '')));
    const [found]: { stemweek_id: string }[] = hashes.length
      ? await this.dataSource.query(`SELECT stemweek_id FROM voting_code WHERE code_hash = ANY($1::text[]) AND stemweek_id = ANY($2::uuid[])`, [hashes, candidates.map((c) => c.id)])
      : [];
    if (!found) {
      if (!hasRole(account, 'teller')) await this.rateLimiter.hit('voting-code', `lookup:${client}`, WRONG_CODES_PER_15_MIN, 15);
      throw new DomainException('INVALID_CODE');
    }
    return { stemweekId: found.stemweek_id };
  }

  /**
   * A signed-in resident confirms the address on their account with the letter delivered there: the code must be
   * bound to exactly that address. The code is not used up by this: the address then votes once, by account or
   * by letter, whichever comes first. Wrong codes count against the same limit as when voting.
   */
  async verifyAddress(stemweekId: string, input: string, account: CurrentAccountData, client: string): Promise<void> {
    const code = await this.resolve(stemweekId, input, client, account);
    const address = await this.addresses.addressOf(account.id);
    const hashes = await this.keys.of(stemweekId);
    if (!address || !code.addressHash || code.addressHash !== hashes.addressHash(address.postcode, address.houseNumber)) throw new DomainException('CODE_NOT_FOR_ADDRESS');
    if (!(await this.addresses.markVerified(account.id, address, 'letter'))) throw new DomainException('CODE_NOT_FOR_ADDRESS');
  }

  private checkAddresses(dto: GenerateCodesDto): { postcode: string; houseNumber: string }[] | undefined {
    if (!dto.addresses) return undefined;
    const problems: Problem[] = [];
    if (dto.addresses.length !== dto.count) problems.push({ field: 'addresses', reason: 'addressCountMismatch' });
    const addresses = dto.addresses.map((address) => ({ postcode: normalizePostcode(address.postcode) ?? '', houseNumber: normalizeHouseNumber(address.houseNumber) ?? '' }));
    if (problems.length) throw new DomainException('VALIDATION_FAILED', problems);
    return addresses;
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
