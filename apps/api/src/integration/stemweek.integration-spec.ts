import { formatInZone, localToInstant } from '@wijkdeal/shared-contracts';
import { drawLots, parsePbFile, pbFileToElection, tallyBallots } from '@wijkdeal/voting-tally';
import { ApiClient, ApiResponse } from '../testing/api-client';
import { closeStemweek, countRows, createStemweek, makeProjects, newTeller, nextEndOfSummerTime, resident, signedIn, stemweekBody } from '../testing/stemweek-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('stemweek administration and results (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;
  let teller: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedIn(t, DEMO.admin);
    teller = await signedIn(t, DEMO.teller);
  });
  afterAll(() => t.close());

  const statusOf = async (projectIds: string[]) =>
    (await t.dataSource.query(`SELECT status FROM project WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [projectIds])).map((row: { status: string }) => row.status);

  it('creates a stemweek (201 with the full stemweek), puts its projects on the ballot as candidate and audits it', async () => {
    const projects = await makeProjects(t, [1000, 2500.5, 3000]);
    const response = await admin.post(
      '/api/stemweeks',
      stemweekBody(projects, {
        intro: { nl: 'Kies je favorieten.', en: 'Choose your favourites.' },
        projects: [{ projectId: projects[0] }, { projectId: projects[1] }, { projectId: projects[2], cost: 2750 }],
        selection: { rule: 'top-n', n: 2, tieBreak: 'lot' },
        eligiblePostcodes: ['9721pe', '9722 aa - 9722 zz', '9721 PE'],
        maxBallotsPerAddress: 2,
      }),
    );
    expect(response.status).toBe(201);
    const stemweek = response.body;
    expect(stemweek).toMatchObject({
      title: { nl: 'Stemweek test', en: 'Voting week test' },
      intro: { nl: 'Kies je favorieten.', en: 'Choose your favourites.' },
      state: 'open',
      closedAt: null,
      publishedAt: null,
      imported: false,
      method: { kind: 'approval', maxChoices: 3 },
      channels: ['account', 'code', 'paper'],
      eligiblePostcodes: ['9721 PE', '9722 AA-9722 ZZ'],
      maxBallotsPerAddress: 2,
      hasVoted: null,
      eligible: null,
    });
    expect(stemweek.id).toMatch(/^[0-9a-f-]{36}$/);
    // The seed of the draw is fixed and public from the start, before anyone votes.
    expect(stemweek.selection).toEqual({ rule: 'top-n', n: 2, tieBreak: 'lot', seed: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(stemweek.selectionDescription.nl).toContain(stemweek.selection.seed);
    expect(stemweek.methodDescription.nl).toBe('Kies hoogstens 3 projecten die je steunt. Elk project dat je kiest, krijgt één stem.');
    expect(stemweek.items.map((item: { projectId: string; cost: number }) => [item.projectId, item.cost])).toEqual([
      [projects[0], 1000],
      [projects[1], 2500.5],
      [projects[2], 2750],
    ]);
    expect(stemweek.items[0]).toMatchObject({ externalId: null, title: { nl: expect.stringMatching(/^Project \d+$/) }, summary: { nl: 'Een idee uit de wijk.' }, theme: { slug: 'groen-buitenzijn' } });
    expect(await statusOf(projects)).toEqual(['candidate', 'candidate', 'candidate']);

    const audit = await admin.get(`/api/stemweeks/${stemweek.id}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ action: 'create', actor: { displayName: 'Anne Beheer' }, details: { channels: ['account', 'code', 'paper'] } });
  });

  it('refuses a bad stemweek with every problem at once, translated, and stores nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM stemweek`))[0].n;
    const projects = await makeProjects(t, [500]);
    const [noCost] = await makeProjects(t, [0]);
    await t.dataSource.query(`UPDATE project SET cost_estimate = NULL WHERE id = $1`, [noCost]);

    const malformed = await admin.post(
      '/api/stemweeks',
      stemweekBody(projects, { opensAt: '2027-05-01T09:00', method: { kind: 'approval', maxRanks: 3 }, selection: { rule: 'greedy-budget', n: 3 }, channels: ['fax'] }),
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    const reasons = malformed.body.details.map((detail: { field: string; reason: string }) => `${detail.field}:${detail.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining(['opensAt:isoWithOffset', 'method.maxChoices:isDefined', 'method.maxRanks:notForThisKind', 'selection.budget:isDefined', 'selection.n:notForThisKind', 'channels:isIn']),
    );
    expect(malformed.body.details).toContainEqual({ field: 'opensAt', reason: 'isoWithOffset', message: 'Vul datum en tijd in met tijdzone, zoals 2027-05-01T09:00+02:00.' });

    const [selected] = await t.dataSource.query(`SELECT id FROM project WHERE slug = 'speeltuin-opknappen'`);
    const wrong = await admin.post(
      '/api/stemweeks',
      stemweekBody([projects[0], projects[0], selected.id, '00000000-0000-4000-8000-000000000000', noCost], {
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        selection: { rule: 'greedy-budget', budget: 10000 },
        eligiblePostcodes: ['9722 ZZ-9722 AA', 'kaas', '9721 PE'],
        method: { kind: 'approval', maxChoices: 2, minChoices: 3 },
      }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.details.map((detail: { field: string; reason: string }) => `${detail.field}:${detail.reason}`).sort()).toEqual(
      [
        'closesAt:closesBeforeOpens',
        'eligiblePostcodes[0]:rangeReversed',
        'eligiblePostcodes[1]:isPostcodeOrRange',
        'method.minChoices:minChoicesAboveMax',
        'opensAt:opensInPast',
        'projects[1].projectId:duplicateProject',
        'projects[2].projectId:projectNotVotable',
        'projects[3].cost:costRequired',
        'projects[3].projectId:unknownProject',
        'projects[4].cost:costRequired',
      ].sort(),
    );
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM stemweek`))[0].n).toBe(before);
    expect(await statusOf([projects[0], noCost])).toEqual(['proposed', 'proposed']);
  });

  it('stores the window as instants: closing at 02:30 winter time on the night summer time ends is 01:30 UTC', async () => {
    const night = nextEndOfSummerTime();
    const projects = await makeProjects(t, [100, 200]);
    // The admin page sends what the admin picked in Europe/Amsterdam; 02:30 happens twice that night.
    const winter = localToInstant(`${night}T02:30`, 'later').toISOString();
    expect(winter).toBe(`${night}T01:30:00.000Z`);
    const late = await createStemweek(admin, stemweekBody(projects.slice(0, 1), { closesAt: `${night}T02:30:00+01:00` }));
    const early = await createStemweek(admin, stemweekBody(projects.slice(1), { closesAt: `${night}T02:30:00+02:00` }));
    expect(late.closesAt).toBe(winter);
    expect(late.closesAtLocal).toBe(`${night}T02:30:00+01:00`);
    expect(early.closesAt).toBe(`${night}T00:30:00.000Z`);
    expect(early.closesAtLocal).toBe(`${night}T02:30:00+02:00`);
    const [stored] = await t.dataSource.query(`SELECT closes_at = $2::timestamptz AS exact, extract(epoch FROM closes_at)::bigint AS epoch FROM stemweek WHERE id = $1`, [late.id, winter]);
    expect(stored).toEqual({ exact: true, epoch: String(Date.parse(winter) / 1000) });
  });

  it('closes at the instant closesAt, whatever offset it was given in', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const voter = await resident(t);
    // Two seconds from now, written in Amsterdam summer or winter time as it applies today.
    const closes = new Date(Math.ceil((Date.now() + 2500) / 1000) * 1000);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { closesAt: formatInZone(closes) }));
    expect(stemweek.closesAt).toBe(closes.toISOString());
    expect((await voter.client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: [{ projectId: projects[0] }] })).status).toBe(201);
    await new Promise((done) => setTimeout(done, closes.getTime() - Date.now() + 300));
    const late = await (await resident(t)).client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: [{ projectId: projects[0] }] });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('STEMWEEK_NOT_OPEN');
    expect((await t.client().get(`/api/stemweeks/${stemweek.id}`)).body.state).toBe('counting');
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);
  });

  it('edits an upcoming stemweek; once open the ballot, method and rule are frozen (STEMWEEK_FROZEN) but the title may change', async () => {
    const projects = await makeProjects(t, [100, 200, 300]);
    const upcoming = await createStemweek(admin, stemweekBody(projects.slice(0, 2), { opensAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(upcoming.state).toBe('upcoming');
    const edited = await admin.patch(`/api/stemweeks/${upcoming.id}`, { projects: [{ projectId: projects[2], cost: 999 }], method: { kind: 'choose-1' }, selection: { rule: 'greedy-budget', budget: 1000 } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ method: { kind: 'choose-1' }, selection: { rule: 'greedy-budget', budget: 1000 }, items: [{ projectId: projects[2], cost: 999 }] });
    expect(await statusOf([projects[2]])).toEqual(['candidate']);

    const open = await createStemweek(admin, stemweekBody(projects.slice(0, 2)));
    for (const change of [{ method: { kind: 'choose-1' } }, { projects: [{ projectId: projects[0] }] }, { selection: { rule: 'top-n', n: 1, tieBreak: 'include-all' } }, { eligiblePostcodes: ['1011 AB'] }, { closesAt: new Date(Date.now() + 86_400_000).toISOString() }]) {
      const refused = await admin.patch(`/api/stemweeks/${open.id}`, change);
      expect(refused.status).toBe(409);
      expect(refused.body).toEqual({
        statusCode: 409,
        code: 'STEMWEEK_FROZEN',
        message: 'De stemweek is al begonnen. Het stembiljet, de manier van stemmen en de regels kun je niet meer veranderen.',
      });
    }
    const retitled = await admin.patch(`/api/stemweeks/${open.id}`, { title: { nl: 'Stemweek najaar', en: 'Autumn voting week' } });
    expect(retitled.status).toBe(200);
    expect(retitled.body).toMatchObject({ title: { nl: 'Stemweek najaar' }, method: { kind: 'approval', maxChoices: 3 } });
    const actions = (await admin.get(`/api/stemweeks/${open.id}/audit`)).body.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(['create', 'update']);
  });

  it('opens an upcoming stemweek now at the admin\'s word, in the audit; not one that is already open', async () => {
    const projects = await makeProjects(t, [100]);
    const upcoming = await createStemweek(admin, stemweekBody(projects, { opensAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), closesAt: new Date(Date.now() + 9 * 86_400_000).toISOString() }));
    const someone = await signedIn(t, DEMO.resident);
    expect((await someone.post(`/api/stemweeks/${upcoming.id}/open`)).status).toBe(403);
    const opened = await admin.post(`/api/stemweeks/${upcoming.id}/open`);
    expect([opened.status, opened.body.state]).toEqual([200, 'open']);
    expect(Date.now() - Date.parse(opened.body.opensAt)).toBeLessThan(60_000);
    expect((await admin.post(`/api/stemweeks/${upcoming.id}/open`)).body.code).toBe('STEMWEEK_NOT_UPCOMING');
    const actions = (await admin.get(`/api/stemweeks/${upcoming.id}/audit`)).body.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(['create', 'open-now']);
  });

  it('lists stemweeks newest first with their state; a visitor sees the detail without hasVoted', async () => {
    const projects = await makeProjects(t, [100]);
    const open = await createStemweek(admin, stemweekBody(projects));
    const later = await createStemweek(admin, stemweekBody(projects, { opensAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), closesAt: new Date(Date.now() + 9 * 86_400_000).toISOString() }));
    const list = await t.client().get('/api/stemweeks');
    expect(list.status).toBe(200);
    const ids = list.body.map((stemweek: { id: string }) => stemweek.id);
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(open.id));
    expect(list.body.find((stemweek: { id: string }) => stemweek.id === later.id)).toMatchObject({ state: 'upcoming', imported: false });
    const detail = await t.client().get(`/api/stemweeks/${open.id}`);
    expect(detail.body).toMatchObject({ state: 'open', hasVoted: null, eligible: null });
    expect((await t.client().get('/api/stemweeks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('keeps results hidden until publication; admins see only turnout while open, and a preview after closing', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const voter = await resident(t);
    expect((await voter.client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: [{ projectId: projects[0] }] })).status).toBe(201);

    const visitorResults = await t.client().get(`/api/stemweeks/${stemweek.id}/results`);
    expect(visitorResults.status).toBe(403);
    expect(visitorResults.body).toEqual({ statusCode: 403, code: 'RESULTS_NOT_PUBLISHED', message: 'De uitslag is nog niet bekend. Kijk later nog eens.' });
    expect((await voter.client.get(`/api/stemweeks/${stemweek.id}/results`)).body.code).toBe('RESULTS_NOT_PUBLISHED');
    expect((await t.client().get(`/api/stemweeks/${stemweek.id}/ballots.csv`)).status).toBe(403);
    expect((await t.client().get(`/api/stemweeks/${stemweek.id}/ballots.pb`)).status).toBe(403);
    const adminWhileOpen = await admin.get(`/api/stemweeks/${stemweek.id}/results`);
    expect(adminWhileOpen.status).toBe(409);
    expect(adminWhileOpen.body.code).toBe('STEMWEEK_NOT_CLOSED');
    const turnout = await admin.get(`/api/stemweeks/${stemweek.id}/turnout`);
    expect(turnout.body).toEqual({ stemweekId: stemweek.id, state: 'open', ballots: 1, turnout: { account: 1, code: 0, paper: 0, imported: 0 }, addresses: null, byDay: [{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), ballots: 1 }], wrongCodes: { lastHour: 0, last24Hours: 0, alarm: false } });
    expect(JSON.stringify(turnout.body)).not.toContain('score');
    expect((await admin.post(`/api/stemweeks/${stemweek.id}/publish`)).body.code).toBe('STEMWEEK_NOT_CLOSED');

    const closed = await closeStemweek(admin, stemweek);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'counting', closedAt: expect.any(String) });
    expect((await closeStemweek(admin, stemweek)).body.code).toBe('STEMWEEK_NOT_OPEN');
    const preview = await admin.get(`/api/stemweeks/${stemweek.id}/results`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ published: false, publishedAt: null, ballots: 1 });
    expect((await t.client().get(`/api/stemweeks/${stemweek.id}/results`)).status).toBe(403);
    expect((await admin.get(`/api/stemweeks/${stemweek.id}/audit`)).body.map((entry: { action: string }) => entry.action)).toEqual(['create', 'close']);
  });

  it('publishes: selected projects move to selected, ties are reported, and ballots.pb recounts to the same scores', async () => {
    const projects = await makeProjects(t, [1000, 2000, 3000, 4000, 5000]);
    const [p1, p2, p3, p4, p5] = projects;
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const receipts: string[] = [];
    for (const choices of [[p1, p2, p3], [p1, p2], [p1, p3]]) {
      const voter = await resident(t);
      const cast = await voter.client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: choices.map((projectId) => ({ projectId })) });
      expect(cast.status).toBe(201);
      receipts.push(cast.body.receipt);
    }
    const codes = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 1, addresses: [{ postcode: '9723 AA', houseNumber: '1' }] });
    const byCode = await t.client().post(`/api/stemweeks/${stemweek.id}/ballots`, { code: codes.body.codes[0].code, choices: [{ projectId: p4 }, { projectId: p1 }] });
    expect(byCode.status).toBe(201);
    receipts.push(byCode.body.receipt);
    // Double entry by two different tellers.
    for (const client of [teller, await newTeller(t, admin)]) {
      expect((await client.post(`/api/stemweeks/${stemweek.id}/paper-ballots`, { batch: 'A', sheet: 1, choices: [{ projectId: p3 }, { projectId: p2 }] })).status).toBe(201);
    }
    // P1 4 votes; P2 and P3 3 each, tied for place 2 of n = 2; P4 1; P5 none.
    await closeStemweek(admin, stemweek);
    const published = await admin.post(`/api/stemweeks/${stemweek.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, ballots: 5, turnout: { account: 3, code: 1, paper: 1, imported: 0 } });
    expect(published.body.ranking.map((row: { projectId: string; votes: number; score: number; rank: number; selected: boolean; tied: boolean }) => [row.projectId, row.votes, row.rank, row.selected, row.tied])).toEqual([
      [p1, 4, 1, true, false],
      ...[
        [p2, 3, 2, true, true],
        [p3, 3, 2, true, true],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
      [p4, 1, 4, false, false],
      [p5, 0, 5, false, false],
    ]);
    expect(published.body.selection.selected).toHaveLength(3);
    expect(published.body.ties.tieAtCutoff).toBe(true);
    expect(published.body.ties.decisions).toEqual([expect.objectContaining({ context: 'top-n-cutoff', decidedBy: 'include-all', position: 2, score: 3, places: 1 })]);
    expect(published.body.ties.decisions[0].description.nl).toMatch(/^Op plaats 2 stonden 2 projecten gelijk met 3 stemmen: Project \d+ en Project \d+\. Ze zijn allemaal gekozen\.$/);
    expect(published.body.selection.description.nl).toContain('De 2 projecten met de hoogste score zijn gekozen');
    expect(await statusOf(projects)).toEqual(['selected', 'selected', 'selected', 'candidate', 'candidate']);

    const results = await t.client('en').get(`/api/stemweeks/${stemweek.id}/results`);
    expect(results.status).toBe(200);
    expect(results.body).toEqual(published.body);
    expect((await admin.post(`/api/stemweeks/${stemweek.id}/publish`)).body.code).toBe('STEMWEEK_ALREADY_PUBLISHED');

    // The project list can show just the projects this stemweek selected.
    const selectedIds = published.body.selection.selected.map((row: { projectId: string }) => row.projectId).sort();
    const listed = await t.client().get(`/api/projects?selectedIn=${stemweek.id}&pageSize=100`);
    expect(listed.body.items.map((p: { id: string }) => p.id).sort()).toEqual(selectedIds);
    expect((await t.client().get('/api/projects?selectedIn=geen-id')).status).toBe(400);

    // Each project's page can show its place in this stemweek.
    const first = published.body.ranking[0];
    const history = await t.client().get(`/api/projects/${first.projectId}/stemweeks`);
    expect(history.body).toContainEqual(expect.objectContaining({ stemweekId: stemweek.id, rank: first.rank, score: first.score, votes: first.votes, selected: first.selected, ballots: 5 }));
    expect((await admin.patch(`/api/stemweeks/${stemweek.id}`, { method: { kind: 'choose-1' } })).body.code).toBe('STEMWEEK_FROZEN');

    const csv = await t.client().get(`/api/stemweeks/${stemweek.id}/ballots.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    // Names beside the ids, so that a resident can recount it in a spreadsheet.
    expect(lines[0]).toBe('receipt,vote,projects');
    const csvReceipts = lines.slice(1).map((line: string) => line.split(',')[0]);
    expect(csvReceipts).toHaveLength(5);
    expect(csvReceipts).toEqual([...csvReceipts].sort());
    expect(csvReceipts).toEqual(expect.arrayContaining(receipts));
    const [names] = await t.dataSource.query(`SELECT json_object_agg(id, title_nl) AS byId FROM project WHERE id = ANY($1::uuid[])`, [[p1, p2]]);
    const sorted = [p1, p2].sort();
    expect(lines).toContain(`${receipts[1]},"${sorted.join(',')}",${sorted.map((id) => names.byid[id]).join('; ')}`);

    const pb = await t.client().get(`/api/stemweeks/${stemweek.id}/ballots.pb`);
    expect(pb.status).toBe(200);
    const file = parsePbFile(pb.body);
    expect(file.votes.map((vote) => vote.voterId)).toEqual(csvReceipts);
    const election = pbFileToElection(file);
    const recount = tallyBallots({ method: election.method, projects: election.projects, ballots: election.ballots, rule: { rule: 'top-n', n: 2, tieBreak: 'include-all' } });
    const scores = (rows: { projectId: string; score: number; votes: number }[]) => Object.fromEntries(rows.map((row) => [row.projectId, [row.score, row.votes]]));
    expect(scores(recount.projects)).toEqual(scores(results.body.ranking));
    expect([...recount.selectedProjectIds].sort()).toEqual([p1, p2, p3].sort());
    expect(file.projects.map((project) => project.selected)).toEqual([1, 1, 1, 0, 0]);

    const actions = (await admin.get(`/api/stemweeks/${stemweek.id}/audit`)).body.map((entry: { action: string; actor: { displayName: string } }) => `${entry.action}:${entry.actor.displayName}`);
    expect(actions).toEqual(['create:Anne Beheer', 'generate-codes:Anne Beheer', 'enter-paper-ballot:Tom Teller', 'enter-paper-ballot:Tara Teller', 'close:Anne Beheer', 'publish:Anne Beheer']);
  });

  it('settles a tie at the cut-off by lot with the seed that was public before the stemweek opened', async () => {
    const projects = await makeProjects(t, [100, 200, 300]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { selection: { rule: 'top-n', n: 1, tieBreak: 'lot' } }));
    const seed = stemweek.selection.seed;
    for (const projectId of [projects[0], projects[1]]) {
      expect((await (await resident(t)).client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: [{ projectId }] })).status).toBe(201);
    }
    await closeStemweek(admin, stemweek);
    const results = (await admin.post(`/api/stemweeks/${stemweek.id}/publish`)).body;
    expect(results.selection.rule).toEqual({ rule: 'top-n', n: 1, tieBreak: 'lot', seed });
    expect(results.selection.selected).toHaveLength(1);
    const [decision] = results.ties.decisions;
    expect(decision).toMatchObject({ context: 'top-n-cutoff', decidedBy: 'lot', seed, places: 1, position: 1, score: 1 });
    // Anyone can redo the draw with the published algorithm and seed.
    const winner = drawLots(seed, [projects[0], projects[1]], 1)[0];
    expect(results.selection.selected[0].projectId).toBe(winner);
    expect(decision.projects.filter((project: { selected: boolean }) => project.selected).map((project: { projectId: string }) => project.projectId)).toEqual([winner]);
    expect(decision.description.nl).toContain(`Er is geloot met de code ${seed}`);
  });

  it('enforces who may call what: visitors get 401 and residents 403 on admin and teller endpoints', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const id = stemweek.id;
    const voter = await resident(t);
    const adminOnly: [string, string, unknown?][] = [
      ['POST', '/api/stemweeks', stemweekBody(projects)],
      ['PATCH', `/api/stemweeks/${id}`, { title: { nl: 'x', en: 'x' } }],
      ['POST', `/api/stemweeks/${id}/close`],
      ['POST', `/api/stemweeks/${id}/publish`],
      ['POST', `/api/stemweeks/${id}/codes`, { count: 1 }],
      ['GET', `/api/stemweeks/${id}/turnout`],
      ['GET', `/api/stemweeks/${id}/audit`],
      ['POST', '/api/stemweeks/import'],
    ];
    const tellerToo: [string, string, unknown?][] = [
      ['POST', `/api/stemweeks/${id}/paper-ballots`, { batch: 'B', sheet: 1, choices: [{ projectId: projects[0] }] }],
      ['GET', `/api/stemweeks/${id}/paper-ballots`],
    ];
    const call = (client: ApiClient, [method, path, body]: [string, string, unknown?]): Promise<ApiResponse> => client.request(method, path, body);
    for (const endpoint of [...adminOnly, ...tellerToo]) {
      expect([endpoint[1], (await call(t.client(), endpoint)).status]).toEqual([endpoint[1], 401]);
      expect([endpoint[1], (await call(voter.client, endpoint)).status]).toEqual([endpoint[1], 403]);
    }
    for (const endpoint of adminOnly) expect([endpoint[1], (await call(teller, endpoint)).status]).toEqual([endpoint[1], 403]);
    expect((await call(teller, tellerToo[0])).status).toBe(201);
    expect((await call(teller, tellerToo[1])).status).toBe(200);
    // Public: the list, the detail and casting (which then asks for a sign-in or a code).
    expect((await t.client().get('/api/stemweeks')).status).toBe(200);
    expect((await t.client().get(`/api/stemweeks/${id}`)).status).toBe(200);
    const anonymous = await t.client().post(`/api/stemweeks/${id}/ballots`, { choices: [{ projectId: projects[0] }] });
    expect(anonymous.status).toBe(401);
    expect(await countRows(t, 'ballot', id)).toBe(0);
  });

  it('never answers 500 to odd input, and documents the endpoints in OpenAPI', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'points', points: 5, maxPerProject: 3 } }));
    const id = stemweek.id;
    const voter = await resident(t);
    const probes: [Promise<ApiResponse>, number][] = [
      [t.client().get('/api/stemweeks/not-a-uuid'), 400],
      [t.client().get('/api/stemweeks/00000000-0000-4000-8000-000000000000/results'), 404],
      [t.client().get('/api/stemweeks/00000000-0000-4000-8000-000000000000/ballots.pb'), 404],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: 'alles' }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: [{ projectId: 5 }] }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: [{ projectId: projects[0], points: 'veel' }] }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: [{ projectId: projects[0], points: 1.5 }] }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: [{ projectId: 'x'.repeat(5000) }] }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: Array.from({ length: 501 }, () => ({ projectId: projects[0] })) }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, { choices: [{ projectId: '🗳️' }], code: 12345 }), 400],
      [voter.client.post(`/api/stemweeks/${id}/ballots`, [{ projectId: projects[0] }]), 400],
      [voter.client.post('/api/stemweeks/00000000-0000-4000-8000-000000000000/ballots', { choices: [] }), 404],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), eligiblePostcodes: [null, 42] }), 400],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), method: { kind: 'approval', maxChoices: '3' } }), 400],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), method: 'approval' }), 400],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), closesAt: '2027-02-30T10:00:00+01:00' }), 400],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), selection: { rule: 'greedy-budget', budget: 1e300 } }), 400],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), projects: [{ projectId: 'geen-uuid' }] }), 400],
      [admin.post('/api/stemweeks', { ...stemweekBody(projects), stemmen: true }), 400],
      [admin.patch(`/api/stemweeks/${id}`, {}), 200],
      [admin.post(`/api/stemweeks/${id}/codes`, { count: 0 }), 400],
      [admin.post(`/api/stemweeks/${id}/codes`, { count: 10_001 }), 400],
      [admin.post(`/api/stemweeks/${id}/codes`, { count: 2, addresses: [{ postcode: '9721 PE', houseNumber: '1' }] }), 400],
      [admin.post(`/api/stemweeks/${id}/codes?format=xml`, { count: 1 }), 400],
      [teller.post(`/api/stemweeks/${id}/paper-ballots`, { batch: '', sheet: -1, choices: [] }), 400],
      [teller.post(`/api/stemweeks/${id}/paper-ballots`, { batch: 'C', sheet: 1, choices: [{ projectId: projects[0], points: 9 }] }), 400],
    ];
    const responses = await Promise.all(probes.map(([probe]) => probe));
    expect(responses.map((response) => response.status)).toEqual(probes.map(([, status]) => status));
    for (const response of responses.filter((r) => r.status >= 400)) {
      expect(typeof response.body.code).toBe('string');
      expect(typeof response.body.message).toBe('string');
    }
    expect(await countRows(t, 'ballot', id)).toBe(0);

    const openApi = await t.client().get('/api/docs/openapi.json');
    expect(Object.keys(openApi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/stemweeks',
        '/api/stemweeks/import',
        '/api/stemweeks/{id}',
        '/api/stemweeks/{id}/ballots',
        '/api/stemweeks/{id}/codes',
        '/api/stemweeks/{id}/paper-ballots',
        '/api/stemweeks/{id}/results',
        '/api/stemweeks/{id}/ballots.csv',
        '/api/stemweeks/{id}/ballots.pb',
      ]),
    );
    expect(openApi.body.paths['/api/stemweeks/{id}/codes'].post.parameters).toContainEqual(expect.objectContaining({ name: 'format', in: 'query' }));
  });
});
