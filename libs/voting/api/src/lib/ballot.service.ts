import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@wijkdeal/accounts-api';
import { CurrentAccountData, DomainException } from '@wijkdeal/shared-api-core';
import { BallotChoiceInput, CastBallotResponse, StemweekMethod } from '@wijkdeal/shared-contracts';
import { validateBallot } from '@wijkdeal/voting-tally';
import { DataSource, EntityManager } from 'typeorm';
import { seal, SealedContent, sealedLength } from './ballot-box';
import { CastBallotDto } from './ballot.dto';
import { toBallotProblems } from './ballot-problems';
import { newReceipt } from './random-codes';
import { Stemweek, StemweekItem } from './stemweek.entity';
import { accountVoteProblem, canonicalChoices, itemKey, stemweekState, StemweekTimes } from './stemweek-rules';
import { ResolvedCode, VotingCodeService } from './voting-code.service';
import { VotingKeys } from './voting-keys';

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

/** Checks a ballot against the method and the ballot items with the tally's own rules; INVALID_BALLOT with every problem. */
function validChoices(method: StemweekMethod, itemKeys: string[], choices: BallotChoiceInput[]): BallotChoiceInput[] {
  const problems = validateBallot(method, new Set(itemKeys), choices);
  if (problems.length) throw new DomainException('INVALID_BALLOT', toBallotProblems(problems, choices));
  return canonicalChoices(method, choices);
}

/** checkBallot for a stemweek already loaded: reads its items. */
export async function checkBallot(manager: EntityManager, stemweek: Stemweek, choices: BallotChoiceInput[]): Promise<{ choices: BallotChoiceInput[] }> {
  const items = await manager.getRepository(StemweekItem).find({ where: { stemweekId: stemweek.id }, select: { projectId: true, externalId: true } });
  return { choices: validChoices(stemweek.method, items.map(itemKey), choices) };
}

/** What casting needs of a stemweek, read in one query under its key-share lock. */
interface CastingStemweek extends StemweekTimes {
  id: string;
  method: StemweekMethod;
  channels: string[];
  eligiblePostcodes: string[];
  maxBallotsPerAddress: number | null;
  ballotBoxPublicKey: string | null;
  itemKeys: string[];
  now: Date;
}

async function lockForCasting(manager: EntityManager, stemweekId: string): Promise<CastingStemweek> {
  const [row] = await manager.query(
    `SELECT s.id, s.method, s.channels, s.eligible_postcodes, s.max_ballots_per_address, s.ballot_box_public_key, s.opens_at, s.closes_at, s.closed_at, s.published_at, now() AS now,
            ARRAY(SELECT coalesce(i.external_id, i.project_id::text) FROM stemweek_item i WHERE i.stemweek_id = s.id) AS item_keys
       FROM stemweek s WHERE s.id = $1 FOR KEY SHARE OF s`,
    [stemweekId],
  );
  if (!row) throw new DomainException('NOT_FOUND');
  return {
    id: row.id,
    method: row.method,
    channels: row.channels,
    eligiblePostcodes: row.eligible_postcodes,
    maxBallotsPerAddress: row.max_ballots_per_address,
    ballotBoxPublicKey: row.ballot_box_public_key,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    publishedAt: row.published_at,
    itemKeys: row.item_keys,
    now: row.now,
  };
}

@Injectable()
export class BallotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: VotingCodeService,
    private readonly keys: VotingKeys,
  ) {}

  /**
   * Casts a ballot with a voting code (when given) or as the signed-in account. One transaction inserts the
   * participation (who) and the ballot sealed to the stemweek's public key (what); the unique constraints on
   * participation make a second ballot from the same account or code fail, whatever runs at the same time, and then
   * neither row is kept. The receipt exists only inside the sealed ballot and in the answer to the voter.
   */
  async cast(stemweekId: string, dto: CastBallotDto, account: CurrentAccountData | undefined, client: string): Promise<CastBallotResponse> {
    const code = dto.code !== undefined ? await this.codes.resolve(stemweekId, dto.code, client, account) : undefined;
    if (!code && !account) throw new DomainException('UNAUTHENTICATED');
    try {
      const receipt = await this.dataSource.transaction((manager) => this.castIn(manager, stemweekId, dto.choices, code ? { code } : { accountId: account?.id ?? '' }));
      return { receipt };
    } catch (error) {
      if (isUniqueViolation(error, 'participation_one_per_account') || isUniqueViolation(error, 'participation_one_per_code')) throw new DomainException('ALREADY_VOTED');
      throw error;
    }
  }

  /**
   * Few round trips, because casting is the one write under real load: the stemweek's row (key-share lock), the
   * database clock and the ballot items in one query; for a voter with an address the advisory lock and then one
   * count of the voter's own and the address's participations; participation and sealed ballot in one statement.
   * For a code without an address the unique constraint alone answers ALREADY_VOTED.
   */
  private async castIn(manager: EntityManager, stemweekId: string, input: BallotChoiceInput[], voter: { code: ResolvedCode } | { accountId: string }): Promise<string> {
    // Key share: many ballots at once, but an early close (FOR UPDATE) waits for them and they wait for it.
    const stemweek = await lockForCasting(manager, stemweekId);
    if (stemweekState(stemweek, stemweek.now) !== 'open' || !stemweek.ballotBoxPublicKey) throw new DomainException('STEMWEEK_NOT_OPEN');
    const channel = 'code' in voter ? 'code' : 'account';
    if (!stemweek.channels.includes(channel)) throw new DomainException('CHANNEL_NOT_USED');
    const choices = validChoices(stemweek.method, stemweek.itemKeys, input);

    const hash = 'code' in voter ? voter.code.addressHash : await this.checkAccount(manager, stemweek, voter.accountId);
    if (hash) {
      // One address at a time: two ballots from one address cannot both pass the checks below.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('stemweek-address'), hashtext($1))`, [hash]);
      await this.checkAddress(manager, stemweek, hash, voter);
    }
    const content: SealedContent = { receipt: newReceipt(), choices };
    await manager.query(
      `WITH participation AS (
         INSERT INTO stemweek_participation (stemweek_id, channel, account_id, voting_code_id, address_hash) VALUES ($1, $2, $3, $4, $5) RETURNING stemweek_id, channel
       )
       INSERT INTO sealed_ballot (stemweek_id, channel, cast_on, sealed) SELECT stemweek_id, channel, ${CAST_ON}, $6 FROM participation`,
      [
        stemweekId,
        channel,
        'accountId' in voter ? voter.accountId : null,
        'code' in voter ? voter.code.id : null,
        hash,
        seal(stemweek.ballotBoxPublicKey, JSON.stringify(content), sealedLength(stemweek.itemKeys)),
      ],
    );
    return content.receipt;
  }

  /** A verified e-mail address and a postcode + house number inside the stemweek's area; returns the address hash. */
  private async checkAccount(manager: EntityManager, stemweek: CastingStemweek, accountId: string): Promise<string> {
    const [account]: { verified: boolean; address_verified: boolean; postcode: string | null; house_number: string | null }[] = await manager.query(
      `SELECT email_verified_at IS NOT NULL AS verified, address_verified_at IS NOT NULL AS address_verified, postcode, house_number FROM account WHERE id = $1`,
      [accountId],
    );
    const problem = accountVoteProblem(account, stemweek.eligiblePostcodes);
    if (problem === 'EMAIL_NOT_VERIFIED') throw new DomainException('EMAIL_NOT_VERIFIED');
    if (problem) throw new DomainException('NOT_ELIGIBLE', [{ field: 'postcode', reason: problem }]);
    return (await this.keys.of(stemweek.id, manager)).addressHash(account.postcode ?? '', account.house_number ?? '');
  }

  /**
   * Rules per address, checked under the address's advisory lock. A second ballot of the same voter is
   * ALREADY_VOTED, also at an address that reached its limit. A code bound to an address and the accounts at that
   * address exclude each other: whoever votes first, the other channel gets ALREADY_VOTED. Codes without an address
   * cannot be tied to anyone, so they exist only in stemweeks without account voting (VotingCodeService.generate).
   */
  private async checkAddress(manager: EntityManager, stemweek: CastingStemweek, hash: string, voter: { code: ResolvedCode } | { accountId: string }): Promise<void> {
    const own = 'code' in voter ? `voting_code_id = $3` : `account_id = $3`;
    const [counts]: { own: number; accounts: number; codes: number; total: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE ${own})::int AS own,
              count(*) FILTER (WHERE address_hash = $2 AND channel = 'account')::int AS accounts,
              count(*) FILTER (WHERE address_hash = $2 AND channel = 'code')::int AS codes,
              count(*) FILTER (WHERE address_hash = $2)::int AS total
         FROM stemweek_participation WHERE stemweek_id = $1 AND (address_hash = $2 OR ${own})`,
      [stemweek.id, hash, 'code' in voter ? voter.code.id : voter.accountId],
    );
    const channel = 'code' in voter ? 'code' : 'account';
    if (counts.own > 0) throw new DomainException('ALREADY_VOTED');
    if ((channel === 'account' && counts.codes > 0) || (channel === 'code' && counts.accounts > 0)) throw new DomainException('ALREADY_VOTED');
    if (stemweek.maxBallotsPerAddress !== null && counts.total >= stemweek.maxBallotsPerAddress) {
      throw new DomainException('ADDRESS_LIMIT_REACHED', undefined, { max: stemweek.maxBallotsPerAddress });
    }
  }
}
