import { parsePbFile, PbFile, pbFileToElection, tallyBallots, writePbFile } from '@wijkdeal/voting-tally';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiClient } from '../testing/api-client';
import { countRows, signedIn, upload } from '../testing/stemweek-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const PABULIB = join(process.env['WIJKDEAL_SHARED_DIR'] ?? resolve(__dirname, '../../../../..', 'shared'), 'pabulib');
const read = (name: string) => readFileSync(join(PABULIB, name));
const selectedIn = (file: PbFile) => file.projects.filter((project) => project.selected === 1).map((project) => project.projectId).sort();

describe('importing .pb files as archive stemweeks (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ ownDatabase: true });
    admin = await signedIn(t, DEMO.admin);
  });
  afterAll(() => t.close());

  it('imports Assen 2024 (equalshares/add1): a published archive whose selection equals the file, without creating projects', async () => {
    const projectsBefore = (await t.dataSource.query(`SELECT count(*)::int AS n FROM project`))[0].n;
    const bytes = read('Netherlands_Assen_2024.pb');
    const file = parsePbFile(bytes.toString('utf8'));
    const response = await upload(admin, '/api/stemweeks/import', { bytes, name: 'Netherlands_Assen_2024.pb' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: { nl: 'Assen Top Idee 2024' },
      state: 'published',
      imported: true,
      // META date_begin 31.03.2024 and date_end 15.04.2024, whole days in Europe/Amsterdam (summer time).
      opensAt: '2024-03-30T23:00:00.000Z',
      closesAt: '2024-04-15T22:00:00.000Z',
      // Summer time began at 02:00 that very night, so midnight was still winter time.
      opensAtLocal: '2024-03-31T00:00:00+01:00',
    });
    const id = response.body.id;
    const detail = await t.client().get(`/api/stemweeks/${id}`);
    expect(detail.body).toMatchObject({ method: { kind: 'approval', maxChoices: 14, minChoices: 2 }, selection: { rule: 'equal-shares', budget: 100000 }, channels: [] });
    expect(detail.body.items).toHaveLength(14);
    expect(detail.body.items[0]).toMatchObject({ projectId: null, externalId: '3', title: { nl: 'PopUp Podium' }, cost: 7200, theme: null });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM project`))[0].n).toBe(projectsBefore);

    const results = await t.client().get(`/api/stemweeks/${id}/results`);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ published: true, ballots: 84, turnout: { account: 0, code: 0, paper: 0, imported: 84 } });
    expect(results.body.selection.selected.map((entry: { externalId: string }) => entry.externalId).sort()).toEqual(selectedIn(file));
    expect(results.body.selection).toMatchObject({ selectedCost: 76700, equalShares: { virtualBudget: 170772, completionSteps: 843 } });
    for (const project of file.projects) {
      expect(results.body.ranking.find((row: { externalId: string }) => row.externalId === project.projectId)).toMatchObject({ votes: project.votes, selected: project.selected === 1 });
    }
    expect(results.body.ties.decisions).toEqual([expect.objectContaining({ context: 'equal-shares-round', decidedBy: 'lower-cost' })]);
    expect(results.body.ties.decisions[0].description.nl).toContain('Het goedkoopste project ging voor: Go-Zero kroegentocht.');

    // The archive can be downloaded again: the same voters (voter_id = receipt) and the same votes.
    const pb = await t.client().get(`/api/stemweeks/${id}/ballots.pb`);
    const exported = parsePbFile(pb.body);
    const votes = (pbFile: PbFile) => new Map(pbFile.votes.map((vote) => [vote.voterId, [...vote.vote].sort().join(',')]));
    expect(votes(exported)).toEqual(votes(file));
    expect(selectedIn(exported)).toEqual(selectedIn(file));
    expect(exported.meta['rule']).toBe('equalshares/add1');
    const audit = await admin.get(`/api/stemweeks/${id}/audit`);
    expect(audit.body).toEqual([expect.objectContaining({ action: 'import', actor: expect.objectContaining({ displayName: 'Anne Beheer' }), details: expect.objectContaining({ ballots: 84, metaRule: 'equalshares/add1' }) })]);

    // An admin links one imported item to a project here; the project's page then shows it, the count stays the same.
    const ballotItems = (await admin.get(`/api/stemweeks/${id}`)).body.items;
    const item = ballotItems[0];
    const project = (await admin.get('/api/projects?q=muurschildering')).body.items[0];
    expect((await t.client().patch(`/api/stemweeks/${id}/items/${item.id}`, { projectId: project.id })).status).toBe(401);
    const matched = await admin.patch(`/api/stemweeks/${id}/items/${item.id}`, { projectId: project.id });
    expect(matched.status).toBe(200);
    expect(matched.body.items.find((i: { id: string }) => i.id === item.id)).toMatchObject({ projectId: project.id, externalId: item.externalId });
    const history = (await t.client().get(`/api/projects/${project.id}/stemweeks`)).body;
    const row = (await t.client().get(`/api/stemweeks/${id}/results`)).body.ranking.find((r: { externalId?: string }) => r.externalId === item.externalId);
    expect(row.projectId).toBe(project.id);
    expect(history).toEqual([expect.objectContaining({ stemweekId: id, rank: row.rank, score: row.score, ballots: 84 })]);
    expect(parsePbFile((await t.client().get(`/api/stemweeks/${id}/ballots.pb`)).body).votes.length).toBe(84);
    const other = ballotItems[1];
    expect((await admin.patch(`/api/stemweeks/${id}/items/${other.id}`, { projectId: project.id })).status).toBe(409);
    expect((await admin.patch(`/api/stemweeks/${id}/items/${item.id}`, { projectId: null })).body.items.find((i: { id: string }) => i.id === item.id).projectId).toBeNull();
    expect((await t.client().get(`/api/projects/${project.id}/stemweeks`)).body).toEqual([]);
    expect((await admin.get(`/api/stemweeks/${id}/audit`)).body.map((e: { action: string }) => e.action)).toEqual(['import', 'match-item', 'match-item']);
  });

  it('imports the 90,494 ballots of Łódź 2022 in one go, with every project’s votes equal to the file', async () => {
    const bytes = read('Poland_Lodz_2022.pb');
    const file = parsePbFile(bytes.toString('utf8'));
    const started = Date.now();
    const response = await upload(admin, '/api/stemweeks/import', { bytes, name: 'Poland_Lodz_2022.pb' });
    const elapsed = Date.now() - started;
    expect(response.status).toBe(201);
    console.log(`Import of Poland_Lodz_2022.pb (${file.votes.length} ballots, ${(bytes.length / 1e6).toFixed(1)} MB) took ${elapsed} ms`);
    const id = response.body.id;
    expect(response.body).toMatchObject({ title: { nl: 'Municipal PB in Łódź 2022' }, state: 'published' });
    expect(await countRows(t, 'ballot', id)).toBe(90_494);
    const [stored] = await t.dataSource.query(`SELECT count(DISTINCT receipt)::int AS receipts, min(cast_on)::text AS day FROM ballot WHERE stemweek_id = $1`, [id]);
    expect(stored).toEqual({ receipts: 90_494, day: '2022-10-31' });

    const results = await t.client().get(`/api/stemweeks/${id}/results`);
    expect(results.body.ballots).toBe(90_494);
    // The file's own rule, greedy-threshold (min_project_score_threshold 100), reproduces the city's selection.
    expect(results.body.selection.rule).toEqual({ rule: 'greedy-budget', budget: 6112868, minScore: 100 });
    expect(response.body.officialOutcome).toMatchObject({ ruleName: 'greedy-threshold', same: true });
    const votes = Object.fromEntries(results.body.ranking.map((row: { externalId: string; votes: number }) => [row.externalId, row.votes]));
    expect(votes).toEqual(Object.fromEntries(file.projects.map((project) => [project.projectId, project.votes])));
    expect(results.body.selection.selected.map((entry: { externalId: string }) => entry.externalId).sort()).toEqual(selectedIn(file));

    // Anyone can download the archive and recount it: same voters, same votes per project.
    const exportStarted = Date.now();
    const pb = await t.client().get(`/api/stemweeks/${id}/ballots.pb`);
    console.log(`Export of the same stemweek as .pb took ${Date.now() - exportStarted} ms`);
    const election = pbFileToElection(parsePbFile(pb.body));
    expect(election.ballots).toHaveLength(90_494);
    const recount = tallyBallots({ method: election.method, projects: election.projects, ballots: election.ballots, rule: { rule: 'top-n', n: 10, tieBreak: 'include-all' } });
    expect(Object.fromEntries(recount.projects.map((row) => [row.projectId, row.votes]))).toEqual(votes);
  }, 120_000);

  it.each([
    ['rules/Poland_Gdynia_2020_Dzialki_Lesne__large.pb', { rule: 'greedy-budget', budget: 286650, onMisfit: 'stop', minScore: 50 }, 'greedy-no-skip', ''],
    ['rules/Poland_Warszawa_2018_Niskie_Okecie.pb', { rule: 'greedy-budget', budget: 372500, minScore: 23 }, 'greedy-threshold', ''],
    ['rules/Poland_Warszawa_2024_Wilanow.pb', { rule: 'greedy-budget', budget: 1521407 }, 'greedy', 'Projecten die elkaar uitsluiten, staan niet in het bestand zelf'],
  ])('keeps the rule of %s and says the count is the same as the official outcome', async (name, selection, ruleName, note) => {
    const bytes = read(name);
    const response = await upload(admin, '/api/stemweeks/import', { bytes, name: name.replace('rules/', '') });
    expect(response.status).toBe(201);
    expect(response.body.officialOutcome).toMatchObject({ ruleName, same: true, missing: [], extra: [] });
    expect(response.body.officialOutcome.message.nl).toContain(`Hetzelfde als de officiële uitslag (regel ${ruleName}).`);
    expect(response.body.officialOutcome.message.nl).toContain(note);
    const detail = await t.client().get(`/api/stemweeks/${response.body.id}`);
    expect(detail.body.selection).toEqual(selection);
    const results = await t.client().get(`/api/stemweeks/${response.body.id}/results`);
    expect(results.body.selection.selected.map((entry: { externalId: string }) => entry.externalId).sort()).toEqual(selectedIn(parsePbFile(bytes.toString('utf8'))));
  });

  it('names the projects that differ from the official outcome, and has nothing to compare without a selected column', async () => {
    // Gdynia's file with project 5 marked selected as well: greedy-no-skip stops before it.
    const text = read('rules/Poland_Gdynia_2020_Dzialki_Lesne__large.pb').toString('utf8');
    const file = parsePbFile(text);
    const changed = file.projects.find((project) => project.selected === 0);
    if (changed === undefined) throw new Error('expected a project that was not selected');
    changed.selected = 1;
    const response = await upload(admin, '/api/stemweeks/import', { bytes: writePbFile(file), name: 'changed.pb' });
    expect(response.status).toBe(201);
    expect(response.body.officialOutcome).toMatchObject({ same: false, missing: [changed.projectId], extra: [] });
    expect(response.body.officialOutcome.message.en).toContain(`Officially selected, not by our count: ${changed.projectId}.`);
    const chicago = await upload(admin, '/api/stemweeks/import', { bytes: read('US_Stanford_Dataset_PB_Chicago_35th_Ward_2021_vote_rankings.pb'), name: 'chicago.pb' });
    expect(chicago.status).toBe(201);
    expect(chicago.body.officialOutcome).toBeNull();
  });

  it('lets form fields override the rule from META', async () => {
    const bytes = read('Netherlands_Amsterdam_588.pb');
    const greedy = await upload(admin, '/api/stemweeks/import', { bytes, name: 'Amsterdam_588.pb' });
    // META leftover_budget: "Fund additional projects that fit within leftover budget ordered by score".
    expect((await t.client().get(`/api/stemweeks/${greedy.body.id}`)).body.selection).toEqual({ rule: 'greedy-budget', budget: 100000, leftover: 'fill' });
    const topThree = await upload(admin, '/api/stemweeks/import', { bytes, name: 'Amsterdam_588.pb' }, { rule: 'top-n', n: '3' });
    expect(topThree.status).toBe(201);
    const results = await t.client().get(`/api/stemweeks/${topThree.body.id}/results`);
    expect(results.body.selection.rule).toEqual({ rule: 'top-n', n: 3, tieBreak: 'include-all' });
    expect(results.body.selection.selected.length).toBeGreaterThanOrEqual(3);
    const smaller = await upload(admin, '/api/stemweeks/import', { bytes, name: 'Amsterdam_588.pb' }, { rule: 'equal-shares', budget: '50000' });
    expect((await t.client().get(`/api/stemweeks/${smaller.body.id}/results`)).body.selection.rule).toEqual({ rule: 'equal-shares', budget: 50000 });
    const wrong = await upload(admin, '/api/stemweeks/import', { bytes, name: 'Amsterdam_588.pb' }, { rule: 'greedy-budget', n: '3' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toContainEqual(expect.objectContaining({ field: 'n', reason: 'notForThisKind' }));
  });

  it('refuses what is not a .pb file with INVALID_PB_FILE, and keeps nothing of it', async () => {
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM stemweek`))[0].n;
    const before = await count();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const binary = await upload(admin, '/api/stemweeks/import', { bytes: png, name: 'foto.pb' });
    expect(binary.status).toBe(400);
    expect(binary.body).toMatchObject({ code: 'INVALID_PB_FILE', message: 'Dit is geen geldig .pb-bestand. Kijk de details na.' });
    const text = await upload(admin, '/api/stemweeks/import', { bytes: 'Dit is een brief, geen stembestand.\n', name: 'brief.txt' });
    expect(text.body).toMatchObject({ code: 'INVALID_PB_FILE', details: [{ field: 'file', reason: 'pbLine', message: 'Regel 1 klopt niet: data before the first section (META, PROJECTS or VOTES)' }] });
    const badVote = read('Netherlands_Assen_2024.pb').toString('utf8').replace(/\r\n/g, '\n').replace(/\nVOTES\n([^\n]*)\n([^;\n]*);[^;\n]*/, '\nVOTES\n$1\n$2;3');
    const tooShort = await upload(admin, '/api/stemweeks/import', { bytes: badVote, name: 'assen.pb' });
    expect(tooShort.body).toMatchObject({ code: 'INVALID_PB_FILE', details: [{ reason: 'pbBallot', message: expect.stringContaining('TOO_FEW_CHOICES') }] });
    const noBudget = await upload(admin, '/api/stemweeks/import', { bytes: 'META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;100\nVOTES\nvoter_id;vote\n1;1\n', name: 'x.pb' });
    expect(noBudget.body).toMatchObject({ code: 'INVALID_PB_FILE', details: [{ reason: 'pbContent', message: 'De inhoud klopt niet: META has no budget' }] });
    const noFile = await admin.post('/api/stemweeks/import', {});
    expect(noFile.status).toBe(400);
    const unknownField = await upload(admin, '/api/stemweeks/import', { bytes: 'x', name: 'a.pb' }, { other: 'veld' });
    expect(unknownField.status).toBe(400);
    const big = await upload(admin, '/api/stemweeks/import', { bytes: Buffer.alloc(21 * 1024 * 1024, 0x41), name: 'groot.pb' });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count()).toBe(before);
  });
});
