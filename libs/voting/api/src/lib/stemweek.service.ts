import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@wijkdeal/accounts-api';
import { AppConfig, CurrentAccountData, DomainException, FIELD_MESSAGES, Problem } from '@wijkdeal/shared-api-core';
import {
  CreatedStemweek,
  EligibilityReason,
  formatInZone,
  Locale,
  StemweekAuditEntry,
  StemweekDetail,
  StemweekItemView,
  StemweekMethod,
  StemweekSelection,
  StemweekSummary,
  VotingChannel,
} from '@wijkdeal/shared-contracts';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, FindOptionsSelect } from 'typeorm';
import { ballotBoxPublicKey, newBallotBoxKey, normalizeBallotBoxKey, openBallotBox } from './ballot-box';
import { CreateStemweekDto, SelectionRuleDto, StemweekProjectDto, UpdateStemweekDto } from './stemweek.dto';
import { writeAudit } from './stemweek-audit';
import { Stemweek, StemweekAudit, StemweekItem } from './stemweek.entity';
import { accountVoteProblem, eligibleEntryProblem, normalizeEligibleEntry, stemweekState } from './stemweek-rules';
import { VotingKeys } from './voting-keys';
import { describeMethod, describeSelection } from './stemweek-texts';

/** How far in the past a new window may start: room for clocks that differ a little, not for back-dating. */
const OPENS_AT_GRACE_MS = 60_000;
/** Projects in these states may go on a ballot; later states already went through a stemweek. */
const VOTABLE_STATUSES = ['proposed', 'candidate'];
/** Once open, only these may change: the ballot, the method, the rule and the electorate are frozen. */
const ALWAYS_EDITABLE = new Set(['title', 'intro']);

type LockMode = 'for_key_share' | 'pessimistic_write';

export function toSummary(stemweek: Stemweek, now: Date): StemweekSummary {
  return {
    id: stemweek.id,
    title: { nl: stemweek.titleNl, en: stemweek.titleEn },
    intro: { nl: stemweek.introNl, en: stemweek.introEn },
    state: stemweekState(stemweek, now),
    opensAt: stemweek.opensAt.toISOString(),
    closesAt: stemweek.closesAt.toISOString(),
    closedAt: stemweek.closedAt?.toISOString() ?? null,
    publishedAt: stemweek.publishedAt?.toISOString() ?? null,
    opensAtLocal: formatInZone(stemweek.opensAt),
    closesAtLocal: formatInZone(stemweek.closesAt),
    imported: stemweek.importedFrom !== null,
  };
}

/** Ballots are still sealed: the stemweek has a ballot box that was not opened with the counting key yet. */
export function isBallotBoxSealed(stemweek: Stemweek): boolean {
  return stemweek.ballotBoxPublicKey !== null && stemweek.ballotBoxOpenedAt === null;
}

/** The transaction's own clock (PostgreSQL's now()): every API instance judges the window by the same clock. */
export async function databaseNow(manager: EntityManager): Promise<Date> {
  const rows: { now: Date }[] = await manager.query('SELECT now() AS now');
  return rows[0].now;
}

/** Every column but the stored result, which can be large (a city's result) and is only read for the results. */
const WITHOUT_RESULT: FindOptionsSelect<Stemweek> = Object.fromEntries(
  (['id', 'titleNl', 'titleEn', 'introNl', 'introEn', 'opensAt', 'closesAt', 'closedAt', 'publishedAt', 'method', 'selection', 'channels', 'eligiblePostcodes', 'maxBallotsPerAddress', 'ballotBoxPublicKey', 'ballotBoxOpenedAt', 'importedFrom', 'createdAt', 'updatedAt'] as const).map((key) => [key, true]),
);

/** Loads a stemweek or answers 404; with a lock inside a transaction (key share for voting, update for admin actions). */
export async function findStemweek(manager: EntityManager, id: string, lock?: LockMode, options: { withResult?: boolean } = {}): Promise<Stemweek> {
  const stemweek = await manager.getRepository(Stemweek).findOne({
    where: { id },
    ...(options.withResult ? {} : { select: WITHOUT_RESULT }),
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!stemweek) throw new DomainException('NOT_FOUND');
  stemweek.result ??= null;
  return stemweek;
}

interface ItemRow {
  id: string;
  project_id: string | null;
  external_id: string | null;
  name: string | null;
  project_slug: string | null;
  cost: string;
  title_nl: string | null;
  title_en: string | null;
  summary_nl: string | null;
  summary_en: string | null;
  theme_id: string | null;
  theme_slug: string | null;
  theme_name_nl: string | null;
  theme_name_en: string | null;
}

/** The ballot items with what a voter needs to know: title, summary and theme of platform projects, the name of imported ones. */
export async function loadItemViews(manager: EntityManager, stemweekId: string): Promise<StemweekItemView[]> {
  const rows: ItemRow[] = await manager.query(
    `SELECT i.id, i.project_id, i.external_id, i.name, i.cost, p.slug AS project_slug, p.title_nl, p.title_en, p.summary_nl, p.summary_en,
            t.id AS theme_id, t.slug AS theme_slug, t.name_nl AS theme_name_nl, t.name_en AS theme_name_en
       FROM stemweek_item i
       LEFT JOIN project p ON p.id = i.project_id
       LEFT JOIN theme t ON t.id = p.theme_id
      WHERE i.stemweek_id = $1
      ORDER BY i.position`,
    [stemweekId],
  );
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    externalId: row.external_id,
    title: row.title_nl !== null ? { nl: row.title_nl, en: row.title_en ?? '' } : { nl: row.name ?? row.external_id ?? '', en: row.name ?? row.external_id ?? '' },
    summary: row.summary_nl !== null ? { nl: row.summary_nl, en: row.summary_en ?? '' } : null,
    theme: row.theme_id ? { id: row.theme_id, slug: row.theme_slug ?? '', name: { nl: row.theme_name_nl ?? '', en: row.theme_name_en ?? '' } } : null,
    projectSlug: row.project_slug,
    cost: Number(row.cost),
  }));
}

interface NormalizedConfig {
  projects?: { projectId: string; cost: number }[];
  method?: StemweekMethod;
  selection?: StemweekSelection;
  channels?: VotingChannel[];
  eligiblePostcodes?: string[];
}

@Injectable()
export class StemweekService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly keys: VotingKeys,
  ) {}

  /** Every stemweek, newest first: the current one and the archive. */
  async list(): Promise<StemweekSummary[]> {
    const manager = this.dataSource.manager;
    const [stemweeks, now] = await Promise.all([manager.getRepository(Stemweek).find({ select: WITHOUT_RESULT, order: { opensAt: 'DESC', createdAt: 'DESC' } }), databaseNow(manager)]);
    return stemweeks.map((stemweek) => toSummary(stemweek, now));
  }

  async detail(id: string, account: CurrentAccountData | undefined, locale: Locale, manager = this.dataSource.manager): Promise<StemweekDetail> {
    const stemweek = await findStemweek(manager, id);
    const items = await loadItemViews(manager, id);
    const now = await databaseNow(manager);
    const detail: StemweekDetail = {
      ...toSummary(stemweek, now),
      method: stemweek.method,
      methodDescription: describeMethod(stemweek.method),
      selection: stemweek.selection,
      selectionDescription: describeSelection(stemweek.selection),
      channels: stemweek.channels,
      eligiblePostcodes: stemweek.eligiblePostcodes,
      maxBallotsPerAddress: stemweek.maxBallotsPerAddress,
      items,
      hasVoted: null,
      eligible: null,
      ballotBoxOpened: !isBallotBoxSealed(stemweek),
    };
    if (account) {
      const { hasVoted, reason } = await this.eligibility(manager, stemweek, account.id);
      detail.hasVoted = hasVoted;
      detail.eligible = { ok: reason === null, reason, message: reason ? FIELD_MESSAGES[reason][locale] : null };
    }
    return detail;
  }

  /** The same checks as casting a ballot, read without locks: what the ballot page tells a signed-in resident. */
  private async eligibility(manager: EntityManager, stemweek: Stemweek, accountId: string): Promise<{ hasVoted: boolean; reason: EligibilityReason | null }> {
    const [voted]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM stemweek_participation WHERE stemweek_id = $1 AND account_id = $2`, [stemweek.id, accountId]);
    const hasVoted = voted.n > 0;
    if (!stemweek.channels.includes('account')) return { hasVoted, reason: 'CHANNEL_NOT_USED' };
    const [account]: { verified: boolean; address_verified: boolean; postcode: string | null; house_number: string | null }[] = await manager.query(
      `SELECT email_verified_at IS NOT NULL AS verified, address_verified_at IS NOT NULL AS address_verified, postcode, house_number FROM account WHERE id = $1`,
      [accountId],
    );
    const problem = accountVoteProblem(account, stemweek.eligiblePostcodes);
    if (problem) return { hasVoted, reason: problem };
    if (hasVoted) return { hasVoted, reason: null };
    const hash = (await this.keys.of(stemweek.id, manager)).addressHash(account.postcode ?? '', account.house_number ?? '');
    const [atAddress]: { codes: number; total: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE channel = 'code')::int AS codes, count(*)::int AS total FROM stemweek_participation WHERE stemweek_id = $1 AND address_hash = $2`,
      [stemweek.id, hash],
    );
    if (atAddress.codes > 0) return { hasVoted, reason: 'ADDRESS_ALREADY_VOTED' };
    if (stemweek.maxBallotsPerAddress !== null && atAddress.total >= stemweek.maxBallotsPerAddress) return { hasVoted, reason: 'ADDRESS_LIMIT_REACHED' };
    return { hasVoted, reason: null };
  }

  async create(dto: CreateStemweekDto, actor: CurrentAccountData, locale: Locale): Promise<CreatedStemweek> {
    const ballotBoxKey = newBallotBoxKey();
    const id = await this.dataSource.transaction(async (manager) => {
      const now = await databaseNow(manager);
      const problems: Problem[] = [];
      const opensAt = new Date(dto.opensAt);
      const closesAt = new Date(dto.closesAt);
      if (opensAt.getTime() < now.getTime() - OPENS_AT_GRACE_MS) problems.push({ field: 'opensAt', reason: 'opensInPast' });
      if (closesAt.getTime() <= opensAt.getTime()) problems.push({ field: 'closesAt', reason: 'closesBeforeOpens' });
      const config = await this.normalizeConfig(manager, dto, undefined, problems);
      if (problems.length) throw new DomainException('VALIDATION_FAILED', problems);
      const stemweek = await manager.getRepository(Stemweek).save(
        manager.getRepository(Stemweek).create({
          titleNl: dto.title.nl,
          titleEn: dto.title.en,
          introNl: dto.intro?.nl ?? '',
          introEn: dto.intro?.en ?? '',
          opensAt,
          closesAt,
          closedAt: null,
          publishedAt: null,
          method: config.method,
          selection: config.selection,
          channels: config.channels,
          eligiblePostcodes: config.eligiblePostcodes,
          maxBallotsPerAddress: dto.maxBallotsPerAddress ?? null,
          result: null,
          importedFrom: null,
          votingKeyId: this.keys.currentId,
          ballotBoxPublicKey: ballotBoxPublicKey(normalizeBallotBoxKey(ballotBoxKey) ?? ''),
          ballotBoxOpenedAt: null,
        }),
      );
      await this.replaceItems(manager, stemweek.id, config.projects ?? []);
      await writeAudit(manager, stemweek.id, actor.id, 'create', {
        title: dto.title,
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
        projects: config.projects,
        method: config.method,
        selection: config.selection,
        channels: config.channels,
        eligiblePostcodes: config.eligiblePostcodes,
        maxBallotsPerAddress: dto.maxBallotsPerAddress ?? null,
      });
      return stemweek.id;
    });
    return { ...(await this.detail(id, undefined, locale)), ballotBoxKey };
  }

  /** Opens an upcoming stemweek at once (the letters are out, the café decided): opensAt becomes now. */
  async openNow(id: string, actor: CurrentAccountData, locale: Locale): Promise<StemweekDetail> {
    await this.dataSource.transaction(async (manager) => {
      const stemweek = await findStemweek(manager, id, 'pessimistic_write');
      const now = await databaseNow(manager);
      if (stemweekState(stemweek, now) !== 'upcoming') throw new DomainException('STEMWEEK_NOT_UPCOMING');
      await manager.getRepository(Stemweek).update({ id }, { opensAt: now });
      await writeAudit(manager, id, actor.id, 'open-now', { plannedOpensAt: stemweek.opensAt.toISOString(), opensAt: now.toISOString() });
    });
    return this.detail(id, undefined, locale);
  }

  async update(id: string, dto: UpdateStemweekDto, actor: CurrentAccountData, locale: Locale): Promise<StemweekDetail> {
    await this.dataSource.transaction(async (manager) => {
      const stemweek = await findStemweek(manager, id, 'pessimistic_write');
      const now = await databaseNow(manager);
      const changed = Object.keys(dto).filter((key) => dto[key as keyof UpdateStemweekDto] !== undefined);
      const frozen = changed.filter((key) => !ALWAYS_EDITABLE.has(key));
      if (frozen.length && stemweekState(stemweek, now) !== 'upcoming') throw new DomainException('STEMWEEK_FROZEN');

      const problems: Problem[] = [];
      const opensAt = dto.opensAt !== undefined ? new Date(dto.opensAt) : stemweek.opensAt;
      const closesAt = dto.closesAt !== undefined ? new Date(dto.closesAt) : stemweek.closesAt;
      if (dto.opensAt !== undefined && opensAt.getTime() < now.getTime() - OPENS_AT_GRACE_MS) problems.push({ field: 'opensAt', reason: 'opensInPast' });
      if (closesAt.getTime() <= opensAt.getTime()) problems.push({ field: dto.closesAt !== undefined ? 'closesAt' : 'opensAt', reason: 'closesBeforeOpens' });
      const config = await this.normalizeConfig(manager, dto, stemweek, problems);
      if (problems.length) throw new DomainException('VALIDATION_FAILED', problems);

      const changes: Partial<Stemweek> = { opensAt, closesAt };
      if (dto.title) Object.assign(changes, { titleNl: dto.title.nl, titleEn: dto.title.en });
      if (dto.intro) Object.assign(changes, { introNl: dto.intro.nl, introEn: dto.intro.en });
      if (config.method) changes.method = config.method;
      if (config.selection) changes.selection = config.selection;
      if (config.channels) changes.channels = config.channels;
      if (config.channels?.includes('account') && !stemweek.channels.includes('account')) {
        const [unbound] = await manager.query(`SELECT 1 FROM voting_code WHERE stemweek_id = $1 AND address_hash IS NULL LIMIT 1`, [id]);
        if (unbound) throw new DomainException('UNBOUND_CODES_WITH_ACCOUNTS');
      }
      if (config.eligiblePostcodes) changes.eligiblePostcodes = config.eligiblePostcodes;
      if (dto.maxBallotsPerAddress !== undefined) changes.maxBallotsPerAddress = dto.maxBallotsPerAddress;
      await manager.getRepository(Stemweek).update({ id }, changes);
      if (config.projects) await this.replaceItems(manager, id, config.projects);
      await writeAudit(manager, id, actor.id, 'update', { changed, ...dto, ...config });
    });
    return this.detail(id, undefined, locale);
  }

  /**
   * Ends voting now and opens the sealed ballot box with the counting key, in one transaction: the row lock waits for
   * ballots being cast (they hold a key-share lock), so none slips in after, and no ballot is left sealed. A stemweek
   * that closed at closesAt is only opened (audit `open-ballot-box`). A wrong key changes nothing.
   */
  async close(id: string, key: string, actor: CurrentAccountData, locale: Locale): Promise<StemweekDetail> {
    await this.dataSource.transaction(async (manager) => {
      const stemweek = await findStemweek(manager, id, 'pessimistic_write');
      const now = await databaseNow(manager);
      const state = stemweekState(stemweek, now);
      if (state !== 'open' && !(state === 'counting' && isBallotBoxSealed(stemweek))) throw new DomainException('STEMWEEK_NOT_OPEN');
      const ballots = await openBallotBox(manager, stemweek, key);
      await manager.getRepository(Stemweek).update({ id }, state === 'open' ? { closedAt: now, ballotBoxOpenedAt: now } : { ballotBoxOpenedAt: now });
      if (state === 'open') await writeAudit(manager, id, actor.id, 'close', { closedAt: now.toISOString(), plannedClose: stemweek.closesAt.toISOString(), ballotsOpened: ballots });
      else await writeAudit(manager, id, actor.id, 'open-ballot-box', { ballotsOpened: ballots });
    });
    // The deleted sealed rows are dead tuples until vacuumed; VACUUM cannot run inside a transaction.
    await this.dataSource.query(`VACUUM sealed_ballot`);
    return this.detail(id, undefined, locale);
  }

  /**
   * Links an imported ballot item to a project of this platform (or unlinks it with null), so the project's page shows
   * its history. Ballots keep referring to the file's project_id, so the count is untouched; the stored result is
   * relabelled in the same transaction.
   */
  async matchItem(id: string, itemId: string, projectId: string | null, actor: CurrentAccountData, locale: Locale): Promise<StemweekDetail> {
    await this.dataSource.transaction(async (manager) => {
      const stemweek = await findStemweek(manager, id, 'pessimistic_write', { withResult: true });
      const item = await manager.getRepository(StemweekItem).findOneBy({ id: itemId, stemweekId: id });
      if (!item) throw new DomainException('NOT_FOUND');
      if (!item.externalId) throw new DomainException('CONFLICT');
      if (projectId && !(await manager.query(`SELECT 1 FROM project WHERE id = $1`, [projectId])).length) {
        throw new DomainException('VALIDATION_FAILED', [{ field: 'projectId', reason: 'unknownProject' }]);
      }
      try {
        await manager.getRepository(StemweekItem).update({ id: itemId }, { projectId });
      } catch (error) {
        if (isUniqueViolation(error, 'stemweek_item_project_once')) throw new DomainException('CONFLICT');
        throw error;
      }
      if (stemweek.result) {
        const relabel = <T extends { projectId?: string; externalId?: string }>(row: T): T =>
          row.externalId === item.externalId ? { ...row, projectId: projectId ?? undefined } : row;
        const view = stemweek.result.view;
        const result = { ...stemweek.result, view: { ...view, ranking: view.ranking.map(relabel), selection: { ...view.selection, selected: view.selection.selected.map(relabel) } } };
        await manager.getRepository(Stemweek).update({ id }, { result });
      }
      await writeAudit(manager, id, actor.id, 'match-item', { itemId, externalId: item.externalId, projectId });
    });
    return this.detail(id, undefined, locale);
  }

  async auditLog(id: string): Promise<StemweekAuditEntry[]> {
    await findStemweek(this.dataSource.manager, id);
    const rows = await this.dataSource.getRepository(StemweekAudit).find({ where: { stemweekId: id }, relations: { actor: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      actor: row.actor ? { id: row.actor.id, displayName: row.actor.displayName } : null,
      action: row.action,
      details: row.details,
    }));
  }

  /**
   * Checks and normalises the ballot, method, rule, channels and postcodes of a create or an update (where only the
   * fields sent are checked, against the stored rest). Problems are collected so the form can show them all at once.
   */
  private async normalizeConfig(manager: EntityManager, dto: UpdateStemweekDto, current: Stemweek | undefined, problems: Problem[]): Promise<NormalizedConfig> {
    const config: NormalizedConfig = {};
    const method: StemweekMethod | undefined = dto.method ? toMethod(dto.method) : current?.method;
    if (dto.method) config.method = method;
    const selection = dto.selection ? toSelection(dto.selection, current?.selection) : current?.selection;
    if (dto.selection) config.selection = selection;
    const needsCost = selection?.rule === 'greedy-budget' || selection?.rule === 'equal-shares';

    let itemCount = 0;
    if (dto.projects) {
      config.projects = await this.checkProjects(manager, dto.projects, needsCost, problems);
      itemCount = dto.projects.length;
    } else if (current) {
      const items = await manager.getRepository(StemweekItem).find({ where: { stemweekId: current.id }, order: { position: 'ASC' } });
      itemCount = items.length;
      if (needsCost && dto.selection) {
        items.forEach((item, index) => Number(item.cost) > 0 || problems.push({ field: `projects[${index}].cost`, reason: 'costRequired' }));
      }
    }
    if (method?.kind === 'approval' && (dto.method || dto.projects)) {
      if (method.minChoices !== undefined && method.minChoices > method.maxChoices) problems.push({ field: 'method.minChoices', reason: 'minChoicesAboveMax' });
      else if (method.minChoices !== undefined && method.minChoices > itemCount) problems.push({ field: 'method.minChoices', reason: 'minChoicesAboveItems' });
    }
    if (dto.channels) config.channels = VOTING_CHANNEL_ORDER.filter((channel) => dto.channels?.includes(channel));
    if (dto.eligiblePostcodes) {
      const normalized: string[] = [];
      dto.eligiblePostcodes.forEach((entry, index) => {
        const value = normalizeEligibleEntry(entry);
        if (value === null) problems.push({ field: `eligiblePostcodes[${index}]`, reason: eligibleEntryProblem(entry) ?? 'isPostcodeOrRange' });
        else if (!normalized.includes(value)) normalized.push(value);
      });
      config.eligiblePostcodes = normalized;
    }
    return config;
  }

  private async checkProjects(manager: EntityManager, projects: StemweekProjectDto[], needsCost: boolean, problems: Problem[]): Promise<{ projectId: string; cost: number }[]> {
    // Locked: a project cannot change status between this check and being put on the ballot.
    const rows: { id: string; status: string; cost_estimate: string | null }[] = await manager.query(
      `SELECT id, status, cost_estimate FROM project WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [projects.map((project) => project.projectId)],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const seen = new Set<string>();
    return projects.map((input, index) => {
      const row = byId.get(input.projectId);
      const field = `projects[${index}]`;
      if (!row) problems.push({ field: `${field}.projectId`, reason: 'unknownProject' });
      else if (!VOTABLE_STATUSES.includes(row.status)) problems.push({ field: `${field}.projectId`, reason: 'projectNotVotable' });
      if (seen.has(input.projectId)) problems.push({ field: `${field}.projectId`, reason: 'duplicateProject' });
      seen.add(input.projectId);
      const cost = input.cost ?? (row?.cost_estimate !== null && row?.cost_estimate !== undefined ? Number(row.cost_estimate) : undefined);
      if (needsCost && !(cost !== undefined && cost > 0)) problems.push({ field: `${field}.cost`, reason: 'costRequired' });
      return { projectId: input.projectId, cost: cost ?? 0 };
    });
  }

  /** Replaces the ballot (only while upcoming) and moves every project on it from proposed to candidate. */
  private async replaceItems(manager: EntityManager, stemweekId: string, projects: { projectId: string; cost: number }[]): Promise<void> {
    await manager.getRepository(StemweekItem).delete({ stemweekId });
    await manager.getRepository(StemweekItem).insert(
      projects.map((project, position) => ({ stemweekId, position, projectId: project.projectId, externalId: null, name: null, cost: String(project.cost) })),
    );
    await manager.query(`UPDATE project SET status = 'candidate', updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'proposed'`, [projects.map((project) => project.projectId)]);
  }
}

const VOTING_CHANNEL_ORDER: VotingChannel[] = ['account', 'code', 'paper'];

export function toMethod(dto: NonNullable<UpdateStemweekDto['method']>): StemweekMethod {
  switch (dto.kind) {
    case 'approval':
      return dto.minChoices !== undefined ? { kind: 'approval', maxChoices: dto.maxChoices ?? 1, minChoices: dto.minChoices } : { kind: 'approval', maxChoices: dto.maxChoices ?? 1 };
    case 'choose-1':
      return { kind: 'choose-1' };
    case 'points':
      return { kind: 'points', points: dto.points ?? 1, maxPerProject: dto.maxPerProject ?? 1 };
    case 'ranked':
      return { kind: 'ranked', maxRanks: dto.maxRanks ?? 1 };
  }
}

/** A draw by lot needs a seed fixed before anyone votes: generated here and shown with the stemweek from then on. */
export function toSelection(dto: SelectionRuleDto, current?: StemweekSelection): StemweekSelection {
  switch (dto.rule) {
    case 'top-n': {
      if (dto.tieBreak !== 'lot') return { rule: 'top-n', n: dto.n ?? 10, tieBreak: 'include-all' };
      const seed = current?.rule === 'top-n' && current.seed ? current.seed : randomBytes(16).toString('hex');
      return { rule: 'top-n', n: dto.n ?? 10, tieBreak: 'lot', seed };
    }
    case 'greedy-budget':
      return { rule: 'greedy-budget', budget: dto.budget ?? 0 };
    case 'equal-shares':
      return { rule: 'equal-shares', budget: dto.budget ?? 0 };
  }
}

