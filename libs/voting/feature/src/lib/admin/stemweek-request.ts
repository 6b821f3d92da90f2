import { CreateStemweekRequest, formatInZone, localToInstant, StemweekDetail, StemweekMethod, UpdateStemweekRequest, VotingChannel } from '@wijkdeal/shared-contracts';
import type { FormProblem } from '@wijkdeal/shared-ui';

/** What the "Nieuwe stemweek" form holds; numbers may be empty (null) while typing. */
export interface StemweekFormValues {
  titleNl: string;
  titleEn: string;
  introNl: string;
  introEn: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  method: StemweekMethod['kind'];
  maxChoices: number | null;
  minChoices: number | null;
  points: number | null;
  maxPerProject: number | null;
  maxRanks: number | null;
  rule: 'top-n' | 'greedy-budget' | 'equal-shares';
  n: number | null;
  tieBreak: 'include-all' | 'lot';
  budget: number | null;
  channelAccount: boolean;
  channelCode: boolean;
  channelPaper: boolean;
  eligiblePostcodes: string;
  maxBallotsPerAddress: number | null;
}

export interface BallotProjectChoice {
  projectId: string;
  /** As typed; empty means: the project's own cost estimate. */
  cost: string;
}

/**
 * A date and a clock time as an admin picks them, in Amsterdam, as ISO 8601 with the offset of that moment
 * (`2027-10-31T02:30:00+01:00`), so summer and winter time are right. Null when it is not a real moment.
 */
export function amsterdamInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return null;
  try {
    return formatInZone(localToInstant(`${date}T${time.slice(0, 5)}`));
  } catch {
    return null;
  }
}

/** Today's date (or that of `instant`) and the time of day in Amsterdam, for the form's first values. */
export function amsterdamDateTime(instant: Date): { date: string; time: string } {
  const local = formatInZone(instant);
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** One postcode or range per line; blank lines and spaces around are left out. */
export function postcodeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function methodOf(values: StemweekFormValues): StemweekMethod {
  switch (values.method) {
    case 'approval':
      return values.minChoices ? { kind: 'approval', maxChoices: values.maxChoices ?? 0, minChoices: values.minChoices } : { kind: 'approval', maxChoices: values.maxChoices ?? 0 };
    case 'choose-1':
      return { kind: 'choose-1' };
    case 'points':
      return { kind: 'points', points: values.points ?? 0, maxPerProject: values.maxPerProject ?? 0 };
    case 'ranked':
      return { kind: 'ranked', maxRanks: values.maxRanks ?? 0 };
  }
}

/** The POST /api/stemweeks body. Checks are the API's; `null` instants are sent as empty text so it names the field. */
export function buildStemweekRequest(values: StemweekFormValues, projects: readonly BallotProjectChoice[]): CreateStemweekRequest {
  const channels: VotingChannel[] = [];
  if (values.channelAccount) channels.push('account');
  if (values.channelCode) channels.push('code');
  if (values.channelPaper) channels.push('paper');
  const intro = values.introNl.trim() || values.introEn.trim() ? { intro: { nl: values.introNl.trim(), en: values.introEn.trim() } } : {};
  return {
    title: { nl: values.titleNl.trim(), en: values.titleEn.trim() },
    ...intro,
    opensAt: amsterdamInstant(values.opensDate, values.opensTime) ?? '',
    closesAt: amsterdamInstant(values.closesDate, values.closesTime) ?? '',
    projects: projects.map((project) => (project.cost.trim() === '' ? { projectId: project.projectId } : { projectId: project.projectId, cost: Number(project.cost.replace(',', '.')) })),
    method: methodOf(values),
    selection:
      values.rule === 'top-n' ? { rule: 'top-n', n: values.n ?? 10, tieBreak: values.tieBreak } : { rule: values.rule, budget: values.budget ?? 0 },
    channels,
    eligiblePostcodes: postcodeLines(values.eligiblePostcodes),
    maxBallotsPerAddress: values.maxBallotsPerAddress ?? null,
  };
}

/**
 * The API names ballot projects and postcode lines by their index (`projects[2].cost`, `eligiblePostcodes[1]`);
 * the form has a field per project and one text box for all postcodes, where "Regel 2" says which line.
 */
export function stemweekProblemFrom(problem: FormProblem, sent: CreateStemweekRequest, lineLabel: (line: number) => string): FormProblem {
  const fields: Record<string, string> = {};
  const add = (field: string, message: string) => {
    fields[field] = fields[field] && !fields[field].includes(message) ? `${fields[field]} ${message}` : message;
  };
  for (const [field, message] of Object.entries(problem.fields)) {
    const project = /^projects\[(\d+)\]\.(projectId|cost)$/.exec(field);
    const postcode = /^eligiblePostcodes\[(\d+)\]$/.exec(field);
    if (project) {
      const projectId = sent.projects[Number(project[1])]?.projectId;
      add(project[2] === 'cost' ? `projectCost:${projectId}` : `project:${projectId}`, message);
    } else if (postcode) {
      add('eligiblePostcodes', `${lineLabel(Number(postcode[1]) + 1)} ${message}`);
    } else add(field, message);
  }
  return { ...problem, fields };
}

/** The form filled in from a stemweek, to edit it; the window as Amsterdam wall-clock time (from the API's local instants). */
export function stemweekFormValuesFrom(stemweek: StemweekDetail): StemweekFormValues {
  const method = stemweek.method;
  const selection = stemweek.selection;
  return {
    titleNl: stemweek.title.nl,
    titleEn: stemweek.title.en,
    introNl: stemweek.intro.nl,
    introEn: stemweek.intro.en,
    opensDate: stemweek.opensAtLocal.slice(0, 10),
    opensTime: stemweek.opensAtLocal.slice(11, 16),
    closesDate: stemweek.closesAtLocal.slice(0, 10),
    closesTime: stemweek.closesAtLocal.slice(11, 16),
    method: method.kind,
    maxChoices: method.kind === 'approval' ? method.maxChoices : 3,
    minChoices: method.kind === 'approval' ? (method.minChoices ?? null) : null,
    points: method.kind === 'points' ? method.points : 10,
    maxPerProject: method.kind === 'points' ? method.maxPerProject : 4,
    maxRanks: method.kind === 'ranked' ? method.maxRanks : 3,
    rule: selection.rule,
    n: selection.rule === 'top-n' ? selection.n : 10,
    // The form offers include-all and lot; project-order only comes with imported files.
    tieBreak: selection.rule === 'top-n' && selection.tieBreak !== 'project-order' ? selection.tieBreak : 'include-all',
    budget: selection.rule === 'top-n' ? null : selection.budget,
    channelAccount: stemweek.channels.includes('account'),
    channelCode: stemweek.channels.includes('code'),
    channelPaper: stemweek.channels.includes('paper'),
    eligiblePostcodes: stemweek.eligiblePostcodes.join('\n'),
    maxBallotsPerAddress: stemweek.maxBallotsPerAddress,
  };
}

/** What may still change once a stemweek is open (the API answers STEMWEEK_FROZEN for anything else). */
export const OPEN_EDITABLE: readonly (keyof CreateStemweekRequest)[] = ['title', 'intro'];

/**
 * The PATCH /api/stemweeks/:id body: only the fields that differ from the form as it was filled in, so an unchanged
 * opening time is not checked again ("at the earliest one minute ago"). An emptied intro is sent as empty texts.
 */
export function changedStemweekFields(before: CreateStemweekRequest, after: CreateStemweekRequest, editable?: readonly (keyof CreateStemweekRequest)[]): UpdateStemweekRequest {
  const withIntro = (request: CreateStemweekRequest) => ({ ...request, intro: request.intro ?? { nl: '', en: '' } });
  const [old, current] = [withIntro(before), withIntro(after)];
  const keys = (editable ?? (Object.keys(current) as (keyof CreateStemweekRequest)[])).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(current[key]));
  return Object.fromEntries(keys.map((key) => [key, current[key]])) as UpdateStemweekRequest;
}
