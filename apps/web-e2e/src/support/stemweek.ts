import { APIRequestContext, Browser, BrowserContext, expect, Page } from '@playwright/test';
import { apiPost, CapturedMail, uniqueEmail } from './api';
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_TELLER } from './accounts';

/** Stemweek test data goes in through the public API as the demo admin, as another client would. */

export interface StemweekFixture {
  id: string;
  /** Project titles in ballot order (Dutch), unique to this run. */
  titles: string[];
  projectIds: string[];
}

let run = 0;

/** A browser context signed in through the API (the page and `context.request` share the cookies). */
export async function signedInContext(browser: Browser, email: string, password: string, options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  await apiPost(context.request, '/api/auth/login', { email, password });
  return context;
}

export function adminContext(browser: Browser): Promise<BrowserContext> {
  return signedInContext(browser, DEMO_ADMIN, DEMO_PASSWORD);
}

/**
 * Fresh projects for one test (status proposed), in the last theme so they sort after the demo projects on the
 * project pages other tests look at. Publishing a stemweek moves its winners to `selected`, so tests do not share them.
 */
export async function createProjects(admin: APIRequestContext, label: string, count: number): Promise<{ ids: string[]; titles: string[] }> {
  const themes = (await (await admin.get('/api/themes')).json()) as { id: string; position: number }[];
  const theme = [...themes].sort((a, b) => b.position - a.position)[0];
  run += 1;
  const stamp = `${Date.now().toString(36)}${process.pid}${run}`;
  const ids: string[] = [];
  const titles: string[] = [];
  for (let index = 0; index < count; index++) {
    const title = `Stemtest ${label} ${String(index + 1).padStart(2, '0')} ${stamp}`;
    const project = (await apiPost(admin, '/api/projects', {
      themeId: theme.id,
      title: { nl: title, en: `${title} (en)` },
      summary: { nl: `Een voorstel om te testen: ${label}.`, en: `A proposal to test: ${label}.` },
      costEstimate: 1000 * (index + 1),
    })) as { id: string };
    ids.push(project.id);
    titles.push(title);
  }
  return { ids, titles };
}

/** A stemweek that opens now and closes in an hour, for residents of 9721 PE and the 9722 range. */
export async function createStemweek(admin: APIRequestContext, title: string, projectIds: string[], overrides: Record<string, unknown>): Promise<string> {
  const stemweek = (await apiPost(admin, '/api/stemweeks', {
    title: { nl: title, en: title },
    opensAt: new Date().toISOString(),
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
    projects: projectIds.map((projectId) => ({ projectId })),
    method: { kind: 'approval', maxChoices: 3 },
    selection: { rule: 'top-n', n: 10, tieBreak: 'include-all' },
    channels: ['account', 'code', 'paper'],
    eligiblePostcodes: ['9721 PE', '9722 AA-9722 ZZ'],
    ...overrides,
  })) as { id: string; ballotBoxKey: string };
  countingKeys.set(stemweek.id, stemweek.ballotBoxKey);
  return stemweek.id;
}

/** The counting key each stemweek made here was created with (shown once by the API), to close it in the admin page. */
const countingKeys = new Map<string, string>();
export function countingKey(stemweekId: string): string {
  return countingKeys.get(stemweekId) ?? '';
}

/**
 * A new resident at 9721 PE with a confirmed e-mail address (through the link in the captured mail), signed in.
 * Each stemweek takes one ballot per account, so every test has its own voters.
 */
export async function newResident(browser: Browser, label: string, options: { addressChecked?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; email: string; houseNumber: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(label).toLowerCase();
  const password = 'een lange zin als wachtwoord';
  const houseNumber = String(100 + Math.floor(Math.random() * 800));
  await apiPost(context.request, '/api/auth/register', { email, password, displayName: `Kiezer ${label}`, postcode: '9721 PE', houseNumber, locale: 'nl' });
  let link = '';
  await expect
    .poll(async () => {
      const mails = (await (await context.request.get('/api/dev/mails')).json()) as CapturedMail[];
      link = /https?:\/\/\S+\/account\/bevestigen\?token=\S+/.exec(mails.find((mail) => mail.to === email)?.text ?? '')?.[0] ?? '';
      return link;
    })
    .not.toBe('');
  const url = new URL(link);
  await page.goto(url.pathname + url.search);
  await expect(page.getByText('Je e-mailadres is bevestigd', { exact: false })).toBeVisible();
  await apiPost(context.request, '/api/auth/login', { email, password });
  if (options.addressChecked !== false) {
    // A teller checks the address in person, as at the Werkplaats: only then does it count for voting.
    const teller = await signedInContext(browser, DEMO_TELLER, DEMO_PASSWORD);
    await apiPost(teller.request, '/api/accounts/address-verification', { email, postcode: '9721 PE', houseNumber });
    await teller.close();
  }
  return { context, page, email, houseNumber };
}

/** The fields of one .pb line: `;` separated, `"` quotes a field that holds `;` or `"`. */
function pbFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/**
 * Recounts a .pb file (pabulib) the way anyone could, independent of the app's tally library: every vote adds to
 * its projects — 1 for approval and choose-1, the points for cumulative, L down to 1 for an ordinal ballot of
 * length L. Returns the score per project name.
 */
export function recountPbFile(text: string): { scores: Map<string, number>; voters: string[] } {
  const sections: Record<string, string[][]> = {};
  let current = '';
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (['META', 'PROJECTS', 'VOTES'].includes(line.trim())) {
      current = line.trim();
      sections[current] = [];
    } else sections[current]?.push(pbFields(line));
  }
  const meta = new Map(sections['META'].slice(1).map(([key, value]) => [key, value]));
  const [projectHeader, ...projectRows] = sections['PROJECTS'];
  const names = new Map(projectRows.map((row) => [row[projectHeader.indexOf('project_id')], row[projectHeader.indexOf('name')]]));
  const scores = new Map([...names.values()].map((name) => [name, 0]));
  const [voteHeader, ...voteRows] = sections['VOTES'];
  const voteType = meta.get('vote_type');
  for (const row of voteRows) {
    const vote = row[voteHeader.indexOf('vote')].split(',').filter(Boolean);
    const points = voteHeader.includes('points') ? row[voteHeader.indexOf('points')].split(',').map(Number) : [];
    vote.forEach((projectId, index) => {
      const name = names.get(projectId) ?? projectId;
      const add = voteType === 'cumulative' ? points[index] : voteType === 'ordinal' ? vote.length - index : 1;
      scores.set(name, (scores.get(name) ?? 0) + add);
    });
  }
  return { scores, voters: voteRows.map((row) => row[voteHeader.indexOf('voter_id')]) };
}
