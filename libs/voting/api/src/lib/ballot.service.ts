import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@wijkdeal/accounts-api';
import { AppConfig, CurrentAccountData, DomainException } from '@wijkdeal/shared-api-core';
import { BallotChoiceInput, CastBallotResponse } from '@wijkdeal/shared-contracts';
import { validateBallot } from '@wijkdeal/voting-tally';
import { DataSource, EntityManager } from 'typeorm';
import { addressHash } from './address-hash';
import { seal, SealedContent, sealedLength } from './ballot-box';
import { CastBallotDto } from './ballot.dto';
import { toBallotProblems } from './ballot-problems';
import { newReceipt } from './random-codes';
import { Stemweek, StemweekItem } from './stemweek.entity';
import { canonicalChoices, isPostcodeEligible, itemKey, stemweekState } from './stemweek-rules';
import { databaseNow, findStemweek } from './stemweek.service';
import { ResolvedCode, VotingCodeService } from './voting-code.service';

/** The day in Europe/Amsterdam, from the database's clock: the only time a ballot carries. */
const CAST_ON = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Inserts one paper ballot with a fresh receipt. A paper sheet has no participation row: it is linked to its sheet
 * and tellers only, never to a voter.
 */
export async function insertPaperBallot(manager: EntityManager, stemweekId: string, choices: BallotChoiceInput[]): Promise<string> {
  const receipt = newReceipt();
  await manager.query(`INSERT INTO ballot (stemweek_id, choices, channel, receipt, cast_on) VALUES ($1, $2::jsonb, 'paper', $3, ${CAST_ON})`, [stemweekId, JSON.stringify(choices), receipt]);
  return receipt;
}

/** Checks a ballot against the stemweek's method and its items with the tally's own rules; INVALID_BALLOT with every problem. */
export async function checkBallot(manager: EntityManager, stemweek: Stemweek, choices: BallotChoiceInput[]): Promise<{ choices: BallotChoiceInput[]; itemKeys: string[] }> {
  const items = await manager.getRepository(StemweekItem).find({ where: { stemweekId: stemweek.id }, select: { projectId: true, externalId: true } });
  const itemKeys = items.map(itemKey);
  const problems = validateBallot(stemweek.method, new Set(itemKeys), choices);
  if (problems.length) throw new DomainException('INVALID_BALLOT', toBallotProblems(problems, choices));
  return { choices: canonicalChoices(stemweek.method, choices), itemKeys };
}

@Injectable()
export class BallotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly codes: VotingCodeService,
  ) {}

  /**
   * Casts a ballot with a voting code (when given) or as the signed-in account. One transaction inserts the
   * participation (who) and the ballot sealed to the stemweek's public key (what); the unique constraints on
   * participation make a second ballot from the same account or code fail, whatever runs at the same time, and then
   * neither row is kept. The receipt exists only inside the sealed ballot and in the answer to the voter.
   */
  async cast(stemweekId: string, dto: CastBallotDto, account: CurrentAccountData | undefined, client: string): Promise<CastBallotResponse> {
    await findStemweek(this.dataSource.manager, stemweekId);
    const code = dto.code !== undefined ? await this.codes.resolve(stemweekId, dto.code, client) : undefined;
    if (!code && !account) throw new DomainException('UNAUTHENTICATED');
    try {
      const receipt = await this.dataSource.transaction((manager) => this.castIn(manager, stemweekId, dto.choices, code ? { code } : { accountId: account?.id ?? '' }));
      return { receipt };
    } catch (error) {
      if (isUniqueViolation(error, 'participation_one_per_account') || isUniqueViolation(error, 'participation_one_per_code')) throw new DomainException('ALREADY_VOTED');
      throw error;
    }
  }

  private async castIn(manager: EntityManager, stemweekId: string, input: BallotChoiceInput[], voter: { code: ResolvedCode } | { accountId: string }): Promise<string> {
    // Key share: many ballots at once, but an early close (FOR UPDATE) waits for them and they wait for it.
    const stemweek = await findStemweek(manager, stemweekId, 'for_key_share');
    if (stemweekState(stemweek, await databaseNow(manager)) !== 'open') throw new DomainException('STEMWEEK_NOT_OPEN');
    const channel = 'code' in voter ? 'code' : 'account';
    if (!stemweek.channels.includes(channel)) throw new DomainException('CHANNEL_NOT_USED');
    if (!stemweek.ballotBoxPublicKey) throw new DomainException('STEMWEEK_NOT_OPEN');
    const { choices, itemKeys } = await checkBallot(manager, stemweek, input);

    const hash = 'code' in voter ? voter.code.addressHash : await this.checkAccount(manager, stemweek, voter.accountId);
    // One address at a time: two ballots from one address cannot both pass the checks below.
    if (hash) await manager.query(`SELECT pg_advisory_xact_lock(hashtext('stemweek-address'), hashtext($1))`, [hash]);
    // A second ballot of the same voter is ALREADY_VOTED, also at an address that reached its limit. (Without the lock,
    // for unbound codes, the unique constraint on participation gives the same answer.)
    const [own]: { n: number }[] = await manager.query(
      'code' in voter
        ? `SELECT count(*)::int AS n FROM stemweek_participation WHERE voting_code_id = $1`
        : `SELECT count(*)::int AS n FROM stemweek_participation WHERE stemweek_id = $2 AND account_id = $1`,
      'code' in voter ? [voter.code.id] : [voter.accountId, stemweekId],
    );
    if (own.n > 0) throw new DomainException('ALREADY_VOTED');
    if (hash) await this.checkAddress(manager, stemweek, hash, channel);

    await manager.query(`INSERT INTO stemweek_participation (stemweek_id, channel, account_id, voting_code_id, address_hash) VALUES ($1, $2, $3, $4, $5)`, [
      stemweekId,
      channel,
      'accountId' in voter ? voter.accountId : null,
      'code' in voter ? voter.code.id : null,
      hash,
    ]);
    const content: SealedContent = { receipt: newReceipt(), choices };
    await manager.query(`INSERT INTO sealed_ballot (stemweek_id, channel, cast_on, sealed) VALUES ($1, $2, ${CAST_ON}, $3)`, [
      stemweekId,
      channel,
      seal(stemweek.ballotBoxPublicKey, JSON.stringify(content), sealedLength(itemKeys)),
    ]);
    return content.receipt;
  }

  /** A verified e-mail address and a postcode + house number inside the stemweek's area; returns the address hash. */
  private async checkAccount(manager: EntityManager, stemweek: Stemweek, accountId: string): Promise<string> {
    const [account]: { verified: boolean; postcode: string | null; house_number: string | null }[] = await manager.query(
      `SELECT email_verified_at IS NOT NULL AS verified, postcode, house_number FROM account WHERE id = $1`,
      [accountId],
    );
    if (!account?.verified) throw new DomainException('EMAIL_NOT_VERIFIED');
    if (!account.postcode || !account.house_number) throw new DomainException('NOT_ELIGIBLE', [{ field: 'postcode', reason: 'NO_ADDRESS' }]);
    if (!isPostcodeEligible(account.postcode, stemweek.eligiblePostcodes)) throw new DomainException('NOT_ELIGIBLE', [{ field: 'postcode', reason: 'OUTSIDE_AREA' }]);
    return addressHash(this.config.SESSION_SECRET, stemweek.id, account.postcode, account.house_number);
  }

  /**
   * Rules per address, checked under the address's advisory lock. A code bound to an address and the accounts at
   * that address exclude each other: whoever votes first, the other channel gets ALREADY_VOTED. Codes without an
   * address cannot be tied to anyone, so they form an electorate of their own (letters to addresses without an
   * account), apart from the accounts.
   */
  private async checkAddress(manager: EntityManager, stemweek: Stemweek, hash: string, channel: 'account' | 'code'): Promise<void> {
    const [counts]: { accounts: number; codes: number; total: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE channel = 'account')::int AS accounts, count(*) FILTER (WHERE channel = 'code')::int AS codes, count(*)::int AS total
         FROM stemweek_participation WHERE stemweek_id = $1 AND address_hash = $2`,
      [stemweek.id, hash],
    );
    if ((channel === 'account' && counts.codes > 0) || (channel === 'code' && counts.accounts > 0)) throw new DomainException('ALREADY_VOTED');
    if (stemweek.maxBallotsPerAddress !== null && counts.total >= stemweek.maxBallotsPerAddress) {
      throw new DomainException('ADDRESS_LIMIT_REACHED', undefined, { max: stemweek.maxBallotsPerAddress });
    }
  }
}

