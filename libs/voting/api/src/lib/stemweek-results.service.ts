import { Injectable } from '@nestjs/common';
import { CurrentAccountData, DomainException, hasRole, Problem } from '@wijkdeal/shared-api-core';
import {
  BallotChoiceInput,
  LocalizedText,
  StemweekItemView,
  StemweekResults,
  StemweekTurnout,
  TurnoutView,
} from '@wijkdeal/shared-contracts';
import { Ballot as TallyBallot, createPbFile, SelectionRule, TallyResult, tallyBallots, writePbFile } from '@wijkdeal/voting-tally';
import { DataSource, EntityManager } from 'typeorm';
import { PublishDto } from './ballot.dto';
import { WRONG_CODES_ALARM_PER_HOUR } from './voting-code.service';
import { writeAudit } from './stemweek-audit';
import { Stemweek, StoredResult } from './stemweek.entity';
import { itemKey, stemweekState } from './stemweek-rules';
import { databaseNow, findStemweek, isBallotBoxSealed, loadItemViews } from './stemweek.service';
import { describeSelection, describeTie, describeTies, scoreUnit } from './stemweek-texts';

/** Ballots as the tally reads them, in receipt order (never in the order they were cast). */
export interface StoredBallots {
  receipts: string[];
  ballots: TallyBallot[];
}

export async function loadBallots(manager: EntityManager, stemweekId: string): Promise<StoredBallots> {
  const rows: { receipt: string; choices: BallotChoiceInput[] }[] = await manager.query(`SELECT receipt, choices FROM ballot WHERE stemweek_id = $1 ORDER BY receipt COLLATE "C"`, [stemweekId]);
  return { receipts: rows.map((row) => row.receipt), ballots: rows.map((row) => ({ choices: row.choices })) };
}

/** Ballots per channel, sealed ones included (while the stemweek is open every account and code ballot is sealed). */
export async function loadTurnout(manager: EntityManager, stemweekId: string): Promise<StemweekTurnout> {
  const rows: { channel: string; n: number }[] = await manager.query(
    `SELECT channel, count(*)::int AS n FROM (SELECT channel FROM ballot WHERE stemweek_id = $1 UNION ALL SELECT channel FROM sealed_ballot WHERE stemweek_id = $1) b GROUP BY channel`,
    [stemweekId],
  );
  const count = (channel: string) => rows.find((row) => row.channel === channel)?.n ?? 0;
  return { account: count('account'), code: count('code'), paper: count('paper'), imported: count('import') };
}

/** Paper sheets both tellers read as blank or spoilt: they count in the turnout and for no project. */
export async function loadBlankAndSpoilt(manager: EntityManager, stemweekId: string): Promise<{ blank: number; spoilt: number }> {
  const [row]: { blank: number; spoilt: number }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE mark = 'blank')::int AS blank, count(*) FILTER (WHERE mark = 'spoilt')::int AS spoilt FROM paper_sheet WHERE stemweek_id = $1 AND status = 'matched'`,
    [stemweekId],
  );
  return row;
}

export function tallyProjects(items: readonly StemweekItemView[]): { id: string; cost: number }[] {
  return items.map((item) => ({ id: itemKey(item), cost: item.cost }));
}

/** The stemweek's rule as the tally takes it (the stored selection has the same shape). */
export function tallyRule(stemweek: Stemweek): SelectionRule {
  return stemweek.selection;
}

/** The result as people read it: every project with score, rank and whether it was selected, the rule and the ties in words. */
export function buildResultsView(stemweek: Stemweek, items: readonly StemweekItemView[], tally: TallyResult, turnout: StemweekTurnout, publishedAt: Date | null): StemweekResults {
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  const ref = (key: string) => {
    const item = byKey.get(key);
    return item?.externalId ? { externalId: item.externalId, ...(item.projectId ? { projectId: item.projectId } : {}) } : { projectId: key };
  };
  const titleOf = (key: string): LocalizedText => byKey.get(key)?.title ?? { nl: key, en: key };
  const selected = new Set(tally.selectedProjectIds);
  return {
    stemweekId: stemweek.id,
    published: publishedAt !== null,
    publishedAt: publishedAt?.toISOString() ?? null,
    ballots: tally.ballots,
    turnout,
    method: stemweek.method,
    selection: {
      rule: stemweek.selection,
      description: describeSelection(stemweek.selection),
      selected: tally.selectedProjectIds.map((key) => ({ ...ref(key), title: titleOf(key) })),
      selectedCost: tally.selectedCost,
      ...(tally.equalShares ? { equalShares: tally.equalShares } : {}),
    },
    ties: {
      tieAtCutoff: tally.tieBreak.tieAtCutoff,
      description: describeTies(tally.tieBreak.decisions.length),
      decisions: tally.tieBreak.decisions.map((decision) => ({
        context: decision.context,
        decidedBy: decision.decidedBy,
        projects: decision.projectIds.map((key) => ({ ...ref(key), title: titleOf(key), selected: selected.has(key) })),
        ...(decision.score !== undefined ? { score: decision.score } : {}),
        ...(decision.position !== undefined ? { position: decision.position } : {}),
        ...(decision.places !== undefined ? { places: decision.places } : {}),
        ...(decision.seed !== undefined ? { seed: decision.seed } : {}),
        description: describeTie(decision, titleOf, scoreUnit(stemweek.method)),
      })),
    },
    ranking: tally.projects.map((row) => ({
      ...ref(row.projectId),
      title: titleOf(row.projectId),
      cost: row.cost,
      score: row.score,
      votes: row.votes,
      rank: row.rank,
      selected: row.selected,
      tied: row.tied,
    })),
  };
}

@Injectable()
export class StemweekResultsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Published: the stored result, for everyone. Closed but not published: a fresh count, for admins only (preview).
   * Before closing nobody sees scores; admins have the turnout endpoint.
   */
  async results(id: string, account: CurrentAccountData | undefined): Promise<StemweekResults> {
    const manager = this.dataSource.manager;
    const stemweek = await this.requireVisible(manager, id, account);
    if (stemweek.result) return stemweek.result.view;
    return (await this.compute(manager, stemweek)).view;
  }

  async turnout(id: string): Promise<TurnoutView> {
    const manager = this.dataSource.manager;
    const stemweek = await findStemweek(manager, id);
    const [turnout, now] = await Promise.all([loadTurnout(manager, id), databaseNow(manager)]);
    const [addresses]: { eligible: number; voted: number }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM voting_code WHERE stemweek_id = $1 AND address_hash IS NOT NULL) AS eligible,
              (SELECT count(DISTINCT address_hash)::int FROM stemweek_participation WHERE stemweek_id = $1 AND address_hash IS NOT NULL) AS voted`,
      [id],
    );
    const byDay: { day: string; ballots: number }[] = await manager.query(
      `SELECT to_char(cast_on, 'YYYY-MM-DD') AS day, count(*)::int AS ballots
         FROM (SELECT cast_on FROM ballot WHERE stemweek_id = $1 UNION ALL SELECT cast_on FROM sealed_ballot WHERE stemweek_id = $1) b
        GROUP BY cast_on ORDER BY cast_on`,
      [id],
    );
    // The current and the previous hour bucket together cover the last hour (a little more, never less).
    const [wrong]: { last_hour: number; last_day: number }[] = await manager.query(
      `SELECT COALESCE(sum(count) FILTER (WHERE hour >= date_trunc('hour', now() - interval '1 hour')), 0)::int AS last_hour,
              COALESCE(sum(count) FILTER (WHERE hour >= date_trunc('hour', now() - interval '24 hours')), 0)::int AS last_day
         FROM stemweek_wrong_codes WHERE stemweek_id = $1`,
      [id],
    );
    return {
      stemweekId: id,
      state: stemweekState(stemweek, now),
      wrongCodes: { lastHour: wrong.last_hour, last24Hours: wrong.last_day, alarm: wrong.last_hour >= WRONG_CODES_ALARM_PER_HOUR },
      ballots: turnout.account + turnout.code + turnout.paper + turnout.imported,
      turnout,
      addresses: addresses.eligible ? addresses : null,
      byDay,
    };
  }

  /**
   * Counts, stores the result and moves the selected projects to `selected`, all in one transaction: the result
   * people see and the projects' status cannot disagree. The ballots are rewritten in receipt order with new ids,
   * so that after publication not even their physical order or transaction ids follow the order of voting.
   */
  /**
   * A paper sheet entered once or in conflict does not count; publishing would drop it silently. So publishing waits
   * until every sheet counts, or the admin leaves the open ones out on purpose, with a reason that goes in the audit.
   */
  async publish(id: string, dto: PublishDto, actor: CurrentAccountData): Promise<StemweekResults> {
    return this.dataSource.transaction(async (manager) => {
      const stemweek = await findStemweek(manager, id, 'pessimistic_write');
      const state = stemweekState(stemweek, await databaseNow(manager));
      if (state === 'published') throw new DomainException('STEMWEEK_ALREADY_PUBLISHED');
      if (state !== 'counting') throw new DomainException('STEMWEEK_NOT_CLOSED');
      if (isBallotBoxSealed(stemweek)) throw new DomainException('BALLOT_BOX_SEALED');
      // Paper entry takes a key-share lock on the stemweek row, which this transaction holds for update: no sheet changes meanwhile.
      const open: { batch: string; sheet: number; status: 'entered-once' | 'conflict' }[] = await manager.query(
        `SELECT batch, sheet, status FROM paper_sheet WHERE stemweek_id = $1 AND status <> 'matched' ORDER BY batch, status, sheet`,
        [id],
      );
      if (open.length && !dto.leaveOutOpenSheets) throw new DomainException('PAPER_SHEETS_OPEN', openSheetProblems(open));
      await manager.query(
        `WITH moved AS (DELETE FROM ballot WHERE stemweek_id = $1 RETURNING choices, channel, receipt, cast_on)
         INSERT INTO ballot (stemweek_id, choices, channel, receipt, cast_on) SELECT $1, choices, channel, receipt, cast_on FROM moved ORDER BY receipt COLLATE "C"`,
        [id],
      );
      const publishedAt = await databaseNow(manager);
      const result = await this.compute(manager, stemweek, publishedAt);
      await manager.getRepository(Stemweek).update({ id }, { publishedAt, result });
      const items = await loadItemViews(manager, id);
      const selectedProjects = items.filter((item) => item.projectId && result.tally.selectedProjectIds.includes(itemKey(item))).map((item) => item.projectId);
      await manager.query(`UPDATE project SET status = 'selected', updated_at = now() WHERE id = ANY($1::uuid[]) AND status IN ('proposed', 'candidate')`, [selectedProjects]);
      await writeAudit(manager, id, actor.id, 'publish', {
        ballots: result.tally.ballots,
        selected: result.tally.selectedProjectIds,
        selectedCost: result.tally.selectedCost,
        ...(open.length ? { leftOut: open, reason: dto.reason } : {}),
      });
      return result.view;
    });
  }

  /**
   * Every ballot with its receipt, for anyone to recount: receipt and vote only (no channel or date, which could single
   * out a small group), and the projects' names beside their ids in the same order, so a spreadsheet is enough.
   */
  async ballotsCsv(id: string, account: CurrentAccountData | undefined): Promise<string> {
    const manager = this.dataSource.manager;
    const stemweek = await this.requireVisible(manager, id, account);
    const { receipts, ballots } = await loadBallots(manager, id);
    const names = new Map((await loadItemViews(manager, id)).map((item) => [itemKey(item), item.title.nl || item.title.en]));
    const withPoints = stemweek.method.kind === 'points';
    const lines = [withPoints ? 'receipt,vote,points,projects' : 'receipt,vote,projects'];
    ballots.forEach((ballot, index) => {
      const choices = stemweek.method.kind === 'ranked' ? [...ballot.choices].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)) : ballot.choices;
      const vote = csvField(choices.map((choice) => choice.projectId).join(','));
      const projects = csvField(choices.map((choice) => names.get(choice.projectId) ?? choice.projectId).join('; '));
      const points = withPoints ? [csvField(choices.map((choice) => choice.points ?? 0).join(','))] : [];
      lines.push([csvField(receipts[index]), vote, ...points, projects].join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }

  /** The same ballots as a .pb file (pabulib format), voter_id = receipt, with this stemweek's counts in PROJECTS. */
  async ballotsPb(id: string, account: CurrentAccountData | undefined): Promise<string> {
    const manager = this.dataSource.manager;
    const stemweek = await this.requireVisible(manager, id, account);
    const items = await loadItemViews(manager, id);
    const { receipts, ballots } = await loadBallots(manager, id);
    const tally = stemweek.result?.tally ?? (await this.compute(manager, stemweek)).tally;
    const rule = tallyRule(stemweek);
    const blankAndSpoilt = await loadBlankAndSpoilt(manager, id);
    const budget = rule.rule === 'top-n' ? tally.selectedCost : rule.budget;
    const file = createPbFile({
      method: stemweek.method,
      projects: items.map((item) => ({ id: itemKey(item), cost: item.cost, name: item.title.nl })),
      ballots,
      budget,
      rule,
      meta: {
        description: stemweek.titleNl,
        country: 'Netherlands',
        unit: 'Wijkdeal',
        instance: stemweek.titleNl,
        date_begin: pbDate(stemweek.opensAt),
        date_end: pbDate(stemweek.closedAt ?? stemweek.closesAt),
        language: 'nl',
        currency: 'EUR',
        // Not votes for any project, so not in VOTES: the sheets only count in the turnout.
        blank_votes: String(blankAndSpoilt.blank),
        spoilt_votes: String(blankAndSpoilt.spoilt),
        ...(rule.rule === 'top-n' ? { comment: `top-n: n=${rule.n}, tie-break ${rule.tieBreak}${rule.seed ? `, seed ${rule.seed}` : ''}` } : {}),
      },
      result: tally,
      voterIds: receipts,
    });
    return writePbFile(file);
  }

  /** Counts the stored ballots with the tally library and builds the view; `publishedAt` marks it as the published result. */
  async compute(manager: EntityManager, stemweek: Stemweek, publishedAt: Date | null = null): Promise<StoredResult> {
    // One after the other: inside a transaction the manager has a single connection.
    const items = await loadItemViews(manager, stemweek.id);
    const { ballots } = await loadBallots(manager, stemweek.id);
    const turnout = await loadTurnout(manager, stemweek.id);
    const blankAndSpoilt = await loadBlankAndSpoilt(manager, stemweek.id);
    // Every stored ballot passed validateBallot when it was cast; counting checks them again, as the tally does by default.
    const tally = tallyBallots({ method: stemweek.method, projects: tallyProjects(items), ballots, rule: tallyRule(stemweek) });
    return { tally, view: { ...buildResultsView(stemweek, items, tally, turnout, publishedAt), blankAndSpoilt } };
  }

  private async requireVisible(manager: EntityManager, id: string, account: CurrentAccountData | undefined): Promise<Stemweek> {
    const stemweek = await findStemweek(manager, id, undefined, { withResult: true });
    if (stemweek.publishedAt) return stemweek;
    if (!hasRole(account, 'admin')) throw new DomainException('RESULTS_NOT_PUBLISHED');
    if (stemweekState(stemweek, await databaseNow(manager)) !== 'counting') throw new DomainException('STEMWEEK_NOT_CLOSED');
    if (isBallotBoxSealed(stemweek)) throw new DomainException('BALLOT_BOX_SEALED');
    return stemweek;
  }
}

/** pabulib writes dates as dd.mm.yyyy; the day in Europe/Amsterdam. */
export function pbDate(instant: Date): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant).split('-');
  return `${day}.${month}.${year}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One problem per batch and kind, with the sheet numbers: "Stapel B: bij vel 7, 9 verschillen de invoeren." */
function openSheetProblems(open: { batch: string; sheet: number; status: 'entered-once' | 'conflict' }[]): Problem[] {
  const groups = new Map<string, { batch: string; reason: string; sheets: number[] }>();
  for (const sheet of open) {
    const reason = sheet.status === 'conflict' ? 'conflict' : 'enteredOnce';
    const key = `${sheet.batch}\u0000${reason}`;
    const group = groups.get(key) ?? { batch: sheet.batch, reason, sheets: [] };
    group.sheets.push(sheet.sheet);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ field: group.batch, reason: group.reason, params: { batch: group.batch, sheets: group.sheets.join(', ') } }));
}
