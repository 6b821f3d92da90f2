import { PbParseError } from './errors';

/**
 * Reader and writer of the .pb format of pabulib (pabulib.org/format): UTF-8, `;`-separated, three
 * sections — META (key;value), PROJECTS and VOTES (a header line, then one row per project / voter).
 * Columns may come in any order; the ones the library uses are typed, all others are kept as text in
 * `extra` so that a file survives a read–write cycle.
 */

export interface PbProject {
  projectId: string;
  cost: number;
  votes?: number;
  score?: number;
  /** 1 = selected, 0 = not (some pabulib files use 2 for projects funded outside the rule). */
  selected?: number;
  /** Every other column (name, category, …) as text. */
  extra: Record<string, string>;
}

export interface PbVote {
  voterId: string;
  /** Project ids; for ordinal ballots in preference order. */
  vote: string[];
  /** Cumulative/scoring ballots: points per entry of `vote`. */
  points?: number[];
  /** Every other column (age, sex, voting_method, …) as text. */
  extra: Record<string, string>;
}

export interface PbFile {
  /** Keys in file order. */
  meta: Record<string, string>;
  /** The PROJECTS header as in the file. */
  projectColumns: string[];
  projects: PbProject[];
  /** The VOTES header as in the file. */
  voteColumns: string[];
  votes: PbVote[];
  /**
   * The file's line ends, so that writePbFile gives back the same text: the one most lines use and the
   * (0-based, blank lines not counted) lines that end otherwise — real files mix them.
   */
  lineEndings?: { main: '\r\n' | '\n'; otherAt: number[] };
}

type Section = 'meta' | 'projects' | 'votes';
const SECTIONS: Record<string, Section> = { meta: 'meta', projects: 'projects', votes: 'votes' };
const PROJECT_COLUMNS = ['project_id', 'cost', 'votes', 'score', 'selected'];
const VOTE_COLUMNS = ['voter_id', 'vote', 'points'];

/**
 * Calls `onRecord` for every record of a `;`-separated text. Lines without a double quote — nearly all
 * of them — are split directly; a line with quotes is read character by character with CSV rules
 * (`"…"` may hold `;` and line breaks, `""` is a quote). A quote inside an unquoted field is literal, as
 * Python's csv module reads it. Linear in the size of the text: no backtracking regular expressions.
 */
function readRecords(text: string, onRecord: (fields: string[], line: number, crlf: boolean) => void): void {
  const length = text.length;
  let pos = 0;
  let line = 1;
  while (pos < length) {
    let newline = text.indexOf('\n', pos);
    if (newline === -1) newline = length;
    const end = newline > pos && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const raw = text.slice(pos, end);
    if (raw.indexOf('"') === -1) {
      onRecord(raw.split(';'), line, end !== newline);
      pos = newline + 1;
      line++;
      continue;
    }
    const startLine = line;
    let crlf = false;
    const fields: string[] = [];
    let field = '';
    let atFieldStart = true;
    let i = pos;
    for (;;) {
      if (i >= length) {
        fields.push(field);
        break;
      }
      const ch = text.charCodeAt(i);
      if (ch === 34 /* " */ && atFieldStart) {
        // Quoted field: copy up to the closing quote, turning "" into ".
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote === -1) throw new PbParseError('unterminated quoted field', startLine);
          const chunk = text.slice(i, quote);
          field += chunk;
          for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) line++;
          if (text.charCodeAt(quote + 1) === 34) {
            field += '"';
            i = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        atFieldStart = false;
      } else if (ch === 59 /* ; */) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
      } else if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) === 10)) {
        fields.push(field);
        crlf = ch === 13;
        i += ch === 13 ? 2 : 1;
        line++;
        break;
      } else {
        field += text[i];
        atFieldStart = false;
        i++;
      }
    }
    onRecord(fields, startLine, crlf);
    pos = i;
  }
}

/** A number as pabulib writes it: optional sign, digits, decimal point or decimal comma, optional exponent. */
export function parsePbNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

function requireNumber(text: string, what: string, line: number): number {
  const value = parsePbNumber(text);
  if (value === undefined) throw new PbParseError(`${what} "${text}" is not a number`, line);
  return value;
}

function optionalNumber(text: string | undefined, what: string, line: number): number | undefined {
  return text === undefined || text.trim() === '' ? undefined : requireNumber(text, what, line);
}

function splitList(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(',').map((item) => item.trim());
}

/** Reads a .pb text (UTF-8 already decoded; a BOM is ignored; CRLF or LF). Throws PbParseError with the line. */
export function parsePbFile(text: string): PbFile {
  const file: PbFile = { meta: {}, projectColumns: [], projects: [], voteColumns: [], votes: [] };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let section: Section | undefined;
  let header: string[] | undefined;
  let columns = new Map<string, number>();
  const crlfAt: number[] = [];
  const lfAt: number[] = [];
  let record = 0;

  readRecords(source, (fields, line, crlf) => {
    if (fields.length === 1 && fields[0].trim() === '') return;
    (crlf ? crlfAt : lfAt).push(record++);
    if (fields.length === 1) {
      const name = fields[0].trim();
      const next = SECTIONS[name.toLowerCase()];
      if (next !== undefined) {
        section = next;
        header = undefined;
        return;
      }
    }
    if (section === undefined) throw new PbParseError('data before the first section (META, PROJECTS or VOTES)', line);
    if (header === undefined) {
      header = fields.map((column) => column.trim());
      columns = new Map(header.map((column, index) => [column, index]));
      if (section === 'projects') {
        file.projectColumns = header;
        for (const required of ['project_id', 'cost']) {
          if (!columns.has(required)) throw new PbParseError(`PROJECTS has no ${required} column`, line);
        }
      } else if (section === 'votes') {
        file.voteColumns = header;
        for (const required of ['voter_id', 'vote']) {
          if (!columns.has(required)) throw new PbParseError(`VOTES has no ${required} column`, line);
        }
      }
      return;
    }
    if (section === 'meta') {
      // An unquoted `;` inside a value is kept rather than rejected: META is free text.
      file.meta[fields[0].trim()] = fields.slice(1).join(';');
      return;
    }
    if (fields.length > header.length) {
      throw new PbParseError(`${fields.length} fields but the header has ${header.length}`, line);
    }
    const cell = (column: string): string | undefined => {
      const index = columns.get(column);
      return index === undefined ? undefined : (fields[index] ?? '');
    };
    const extra: Record<string, string> = {};
    const known = section === 'projects' ? PROJECT_COLUMNS : VOTE_COLUMNS;
    header.forEach((column, index) => {
      if (!known.includes(column)) extra[column] = fields[index] ?? '';
    });

    if (section === 'projects') {
      const projectId = (cell('project_id') ?? '').trim();
      if (projectId === '') throw new PbParseError('empty project_id', line);
      const project: PbProject = { projectId, cost: requireNumber(cell('cost') ?? '', 'cost', line), extra };
      const votes = optionalNumber(cell('votes'), 'votes', line);
      const score = optionalNumber(cell('score'), 'score', line);
      const selected = optionalNumber(cell('selected'), 'selected', line);
      if (votes !== undefined) project.votes = votes;
      if (score !== undefined) project.score = score;
      if (selected !== undefined) project.selected = selected;
      file.projects.push(project);
      return;
    }

    const vote: PbVote = { voterId: (cell('voter_id') ?? '').trim(), vote: splitList(cell('vote') ?? ''), extra };
    const points = cell('points');
    if (points !== undefined && points.trim() !== '') {
      vote.points = splitList(points).map((item) => requireNumber(item, 'points', line));
      if (vote.points.length !== vote.vote.length) {
        throw new PbParseError(`${vote.vote.length} projects but ${vote.points.length} points`, line);
      }
    }
    file.votes.push(vote);
  });

  if (section === undefined) throw new PbParseError('no META, PROJECTS or VOTES section', 1);
  // The last line may have no line end at all; it does not decide.
  if (!/\r?\n$/.test(source)) (crlfAt[crlfAt.length - 1] === record - 1 ? crlfAt : lfAt).pop();
  const main = crlfAt.length >= lfAt.length ? '\r\n' : '\n';
  file.lineEndings = { main, otherAt: main === '\r\n' ? lfAt : crlfAt };
  return file;
}

export interface WritePbOptions {
  /**
   * Line ending of every line. By default the ones the file was read with (PbFile.lineEndings), else
   * CRLF, as most pabulib files and the format description use it (the reader accepts both).
   */
  lineEnding?: '\r\n' | '\n';
}

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.split('"').join('""')}"` : value;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to a .pb file`);
  return String(value);
}

/** Header as given, plus every column that holds data but is missing from it. */
function completeColumns(given: readonly string[], required: readonly string[], present: Iterable<string>): string[] {
  const columns = [...given];
  for (const column of [...required, ...present]) if (!columns.includes(column)) columns.push(column);
  return columns;
}

/**
 * Writes a .pb text. META keeps its order; `num_projects` and `num_votes` are set to the real counts
 * (the format requires them to match). Fields holding `;`, `"` or a line break are quoted.
 */
export function writePbFile(file: PbFile, options: WritePbOptions = {}): string {
  const eol = options.lineEnding ?? file.lineEndings?.main ?? '\r\n';
  for (const key of ['vote_type', 'budget']) {
    if (file.meta[key] === undefined) throw new RangeError(`META needs ${key}`);
  }
  const meta: Record<string, string> = { ...file.meta };
  meta['num_projects'] = String(file.projects.length);
  meta['num_votes'] = String(file.votes.length);

  const lines: string[] = ['META', 'key;value'];
  for (const [key, value] of Object.entries(meta)) lines.push(`${quote(key)};${quote(value)}`);

  const projectExtras = new Set<string>();
  const usedProjectColumns = new Set<string>();
  for (const project of file.projects) {
    Object.keys(project.extra).forEach((key) => projectExtras.add(key));
    if (project.votes !== undefined) usedProjectColumns.add('votes');
    if (project.score !== undefined) usedProjectColumns.add('score');
    if (project.selected !== undefined) usedProjectColumns.add('selected');
  }
  const projectColumns = completeColumns(
    file.projectColumns,
    ['project_id', 'cost', ...PROJECT_COLUMNS.filter((column) => usedProjectColumns.has(column))],
    projectExtras,
  );
  lines.push('PROJECTS', projectColumns.map(quote).join(';'));
  for (const project of file.projects) {
    const cells = projectColumns.map((column) => {
      switch (column) {
        case 'project_id':
          return project.projectId;
        case 'cost':
          return formatNumber(project.cost);
        case 'votes':
          return project.votes === undefined ? '' : formatNumber(project.votes);
        case 'score':
          return project.score === undefined ? '' : formatNumber(project.score);
        case 'selected':
          return project.selected === undefined ? '' : formatNumber(project.selected);
        default:
          return project.extra[column] ?? '';
      }
    });
    lines.push(cells.map(quote).join(';'));
  }

  const voteExtras = new Set<string>();
  let hasPoints = false;
  for (const vote of file.votes) {
    Object.keys(vote.extra).forEach((key) => voteExtras.add(key));
    if (vote.points !== undefined) hasPoints = true;
  }
  const voteColumns = completeColumns(file.voteColumns, hasPoints ? VOTE_COLUMNS : ['voter_id', 'vote'], voteExtras);
  lines.push('VOTES', voteColumns.map(quote).join(';'));
  for (const vote of file.votes) {
    for (const id of vote.vote) {
      if (id.includes(',')) throw new RangeError(`Project id "${id}" contains a comma, which separates ids in a vote`);
    }
    const cells = voteColumns.map((column) => {
      switch (column) {
        case 'voter_id':
          return vote.voterId;
        case 'vote':
          return vote.vote.join(',');
        case 'points':
          return vote.points === undefined ? '' : vote.points.map(formatNumber).join(',');
        default:
          return vote.extra[column] ?? '';
      }
    });
    lines.push(cells.map(quote).join(';'));
  }
  const kept = options.lineEnding === undefined ? file.lineEndings : undefined;
  if (kept === undefined) return lines.join(eol) + eol;
  const other = kept.main === '\r\n' ? '\n' : '\r\n';
  const otherAt = new Set(kept.otherAt);
  return lines.map((line, index) => line + (otherAt.has(index) ? other : kept.main)).join('');
}
