import { Injectable } from '@nestjs/common';
import { CurrentAccountData, DomainException, Problem } from '@wijkdeal/shared-api-core';
import { ImportedOutcomeCheck, localToInstant, StemweekImportResult, StemweekItemView, StemweekSelection } from '@wijkdeal/shared-contracts';
import {
  compareOutcomes,
  InvalidBallotError,
  parsePbFile,
  PbElection,
  pbFileToElection,
  PbFile,
  PbParseError,
  pbRuleName,
  tallyBallots,
  TallyResult,
} from '@wijkdeal/voting-tally';
import { DataSource } from 'typeorm';
import { newReceipt } from './random-codes';
import { ImportStemweekDto, UploadedPbFile } from './stemweek-import.dto';
import { writeAudit } from './stemweek-audit';
import { Stemweek, StemweekItem } from './stemweek.entity';
import { buildResultsView } from './stemweek-results.service';
import { describeOfficialOutcome } from './stemweek-texts';
import { canonicalChoices } from './stemweek-rules';
import { databaseNow, toSummary } from './stemweek.service';
import { VotingKeys } from './voting-keys';

/** Rows per INSERT: large enough to be fast, small enough for PostgreSQL's parameter and memory limits. */
const INSERT_CHUNK = 10_000;
const MAX_ID_LENGTH = 100;
const MAX_COST = 1_000_000_000_000;

/**
 * Turns a .pb file (pabulib) into a closed, published archive stemweek: to keep earlier rounds that were counted
 * elsewhere. Items keep the file's project_id as externalId and its name; they are not linked to projects and no
 * project is created. The count is done once, here, with the same tally as every stemweek, and stored: Method of
 * Equal Shares on a city-sized file takes tens of seconds, which an import may cost but a page view may not.
 */
@Injectable()
export class StemweekImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: VotingKeys,
  ) {}

  async import(file: UploadedPbFile | undefined, dto: ImportStemweekDto, actor: CurrentAccountData): Promise<StemweekImportResult> {
    if (!file) throw new DomainException('VALIDATION_FAILED', [{ field: 'file', reason: 'isNotEmpty' }]);
    const pb = readPbFile(file.buffer);
    const election = toElection(pb);
    const selection = chooseSelection(election, dto);
    const receipts = receiptsFor(pb);
    const tally = countElection(election, selection);
    const officialOutcome = checkOfficialOutcome(election, selection, tally);
    const names = new Map(pb.projects.map((project) => [project.projectId, (project.extra['name'] ?? '').trim().slice(0, 500) || project.projectId]));

    return this.dataSource.transaction(async (manager) => {
      const now = await databaseNow(manager);
      const window = windowFromMeta(pb.meta, now);
      const stemweek = await manager.getRepository(Stemweek).save(
        manager.getRepository(Stemweek).create({
          ...titleFromMeta(pb.meta, file.originalname),
          introNl: '',
          introEn: '',
          opensAt: window.opensAt,
          closesAt: window.closesAt,
          closedAt: null,
          publishedAt: null,
          method: election.method,
          selection,
          channels: [],
          eligiblePostcodes: [],
          maxBallotsPerAddress: null,
          result: null,
          importedFrom: (file.originalname || 'import.pb').slice(0, 200),
          // Imports take no ballots, so they need no key; recorded all the same, as on every stemweek.
          votingKeyId: this.keys.currentId,
        }),
      );
      await manager.getRepository(StemweekItem).insert(
        election.projects.map((project, position) => ({ stemweekId: stemweek.id, position, projectId: null, externalId: project.id, name: names.get(project.id) ?? project.id, cost: String(project.cost) })),
      );
      const castOn = window.closesAt.toISOString().slice(0, 10);
      for (let start = 0; start < election.ballots.length; start += INSERT_CHUNK) {
        const chunk = election.ballots.slice(start, start + INSERT_CHUNK);
        // One multi-row INSERT per chunk: arrays in, unnest out. 90,000 single INSERTs would take minutes.
        await manager.query(
          `INSERT INTO ballot (stemweek_id, choices, channel, receipt, cast_on)
           SELECT $1, choices::jsonb, 'import', receipt, $2::date FROM unnest($3::text[], $4::text[]) AS t(choices, receipt)`,
          [stemweek.id, castOn, chunk.map((ballot) => JSON.stringify(canonicalChoices(election.method, ballot.choices))), receipts.slice(start, start + INSERT_CHUNK)],
        );
      }
      const items: StemweekItemView[] = election.projects.map((project) => {
        const name = names.get(project.id) ?? project.id;
        return { id: '', projectId: null, externalId: project.id, title: { nl: name, en: name }, summary: null, theme: null, projectSlug: null, cost: project.cost };
      });
      const turnout = { account: 0, code: 0, paper: 0, imported: election.ballots.length };
      const view = buildResultsView(stemweek, items, tally, turnout, now);
      await manager.getRepository(Stemweek).update({ id: stemweek.id }, { publishedAt: now, result: { tally, view } });
      await writeAudit(manager, stemweek.id, actor.id, 'import', {
        fileName: stemweek.importedFrom,
        projects: election.projects.length,
        ballots: election.ballots.length,
        rule: selection,
        metaRule: election.ruleName ?? null,
        sameAsOfficial: officialOutcome?.same ?? null,
      });
      return { ...toSummary({ ...stemweek, publishedAt: now }, now), officialOutcome };
    });
  }
}

function invalid(reason: string, params: Record<string, string | number> = {}, field = 'file'): DomainException {
  return new DomainException('INVALID_PB_FILE', [{ field, reason, params }]);
}

function readPbFile(buffer: Buffer): PbFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw invalid('notUtf8');
  }
  // PostgreSQL text cannot hold a NUL byte, and no .pb file has one.
  if (text.includes('\u0000')) throw invalid('notUtf8');
  try {
    return parsePbFile(text);
  } catch (error) {
    if (error instanceof PbParseError) throw invalid('pbLine', { line: error.line, problem: error.message.replace(/^line \d+: /, '') });
    throw error;
  }
}

function toElection(pb: PbFile): PbElection {
  const problems: Problem[] = [];
  if (pb.projects.length === 0) problems.push({ field: 'file', reason: 'pbContent', params: { problem: 'no projects' } });
  for (const project of pb.projects) {
    if (project.projectId.length > MAX_ID_LENGTH) problems.push({ field: 'file', reason: 'pbContent', params: { problem: `project_id longer than ${MAX_ID_LENGTH} characters` } });
    // A vote lists project ids separated by commas, so an id with a comma could never be voted for or written back.
    if (project.projectId.includes(',')) problems.push({ field: 'file', reason: 'pbContent', params: { problem: `project_id ${project.projectId.slice(0, 40)} contains a comma` } });
    if (!(project.cost >= 0 && project.cost < MAX_COST)) problems.push({ field: 'file', reason: 'pbContent', params: { problem: `project ${project.projectId.slice(0, 40)} has cost ${project.cost}` } });
  }
  if (problems.length) throw new DomainException('INVALID_PB_FILE', problems.slice(0, 20));
  try {
    return pbFileToElection(pb);
  } catch (error) {
    if (error instanceof RangeError) throw invalid('pbContent', { problem: error.message });
    throw error;
  }
}

/**
 * META's rule where we implement it, with every option META gives (threshold, stop, budgets per category, add1
 * completion, comparison step; ties in the file's project order), else top-n with N = 10 and every tie included.
 * Form fields win; a form budget replaces the file's.
 */
function chooseSelection(election: PbElection, dto: ImportStemweekDto): StemweekSelection {
  if (dto.rule === undefined && dto.n === undefined && election.rule !== undefined && election.rule.rule !== 'top-n') {
    return dto.budget === undefined ? election.rule : { ...election.rule, budget: dto.budget };
  }
  const rule = dto.rule ?? election.rule?.rule ?? 'top-n';
  const problems: Problem[] = [];
  if (dto.n !== undefined && rule !== 'top-n') problems.push({ field: 'n', reason: 'notForThisKind' });
  if (dto.budget !== undefined && rule === 'top-n') problems.push({ field: 'budget', reason: 'notForThisKind' });
  const budget = dto.budget ?? election.budget;
  if (rule !== 'top-n' && !(budget > 0)) problems.push({ field: 'budget', reason: 'min', params: { min: 0.01 } });
  if (problems.length) throw new DomainException('VALIDATION_FAILED', problems);
  // Archive results were decided elsewhere; a lot drawn now would not be the one of then, so ties are all included.
  if (rule === 'top-n') return { rule: 'top-n', n: dto.n ?? 10, tieBreak: 'include-all' };
  return { rule, budget };
}

/** Our count next to the file's `selected` column, with the reasons the file's outcome may not follow from META. */
function checkOfficialOutcome(election: PbElection, selection: StemweekSelection, tally: TallyResult): ImportedOutcomeCheck | null {
  if (election.official === undefined) return null;
  const comparison = compareOutcomes(election.official.selectedProjectIds, tally.selectedProjectIds);
  // pabulib has no name for top-n (it would write `unknown`), so it is named as it is here.
  const ruleName = selection.rule === 'top-n' ? 'top-n' : pbRuleName(selection);
  return { ruleName, ...comparison, message: describeOfficialOutcome(comparison, ruleName, election.notes) };
}

function countElection(election: PbElection, selection: StemweekSelection): TallyResult {
  try {
    return tallyBallots({ method: election.method, projects: election.projects, ballots: election.ballots, rule: selection });
  } catch (error) {
    if (error instanceof InvalidBallotError) {
      throw invalid('pbBallot', { voter: String(error.ballotIndex + 1), problem: error.problems.map((problem) => problem.code).join(', ') });
    }
    if (error instanceof RangeError) throw invalid('pbContent', { problem: error.message });
    throw error;
  }
}

/** The file's voter_id becomes the receipt, so the archive can be compared with the file line by line; new ones if they are not unique. */
function receiptsFor(pb: PbFile): string[] {
  const ids = pb.votes.map((vote) => vote.voterId);
  const usable = ids.every((id) => id !== '' && id.length <= MAX_ID_LENGTH) && new Set(ids).size === ids.length;
  if (usable) return ids;
  const receipts = new Set<string>();
  while (receipts.size < ids.length) receipts.add(newReceipt());
  return [...receipts];
}

function titleFromMeta(meta: Record<string, string>, fileName: string): { titleNl: string; titleEn: string } {
  const description = (meta['description'] ?? '').trim();
  const instance = (meta['instance'] ?? '').trim();
  const base = description || fileName.replace(/\.pb$/i, '') || 'Import';
  const title = (instance && !base.includes(instance) ? `${base} ${instance}` : base).slice(0, 200);
  return { titleNl: title, titleEn: title };
}

/**
 * pabulib dates are `dd.mm.yyyy` or a bare year; read as whole days in Europe/Amsterdam (the end date included).
 * Without usable dates the window is the moment of the import.
 */
export function windowFromMeta(meta: Record<string, string>, now: Date): { opensAt: Date; closesAt: Date } {
  const begin = parseMetaDate(meta['date_begin'], 'start');
  const end = parseMetaDate(meta['date_end'], 'end');
  if (begin && end && begin < end) return { opensAt: begin, closesAt: end };
  return { opensAt: new Date(now.getTime() - 1000), closesAt: now };
}

function parseMetaDate(text: string | undefined, edge: 'start' | 'end'): Date | undefined {
  const value = (text ?? '').trim();
  let year: number;
  let month = 1;
  let day = 1;
  const full = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (full) [day, month, year] = [Number(full[1]), Number(full[2]), Number(full[3])];
  else if (/^\d{4}$/.test(value)) year = Number(value);
  else return undefined;
  // The end of a day (or year) is the start of the next one.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (edge === 'end') {
    if (full) date.setUTCDate(date.getUTCDate() + 1);
    else date.setUTCFullYear(year + 1);
  }
  try {
    return localToInstant(`${date.toISOString().slice(0, 10)}T00:00`);
  } catch {
    return undefined;
  }
}
