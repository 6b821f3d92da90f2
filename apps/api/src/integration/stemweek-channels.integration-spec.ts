import { ApiClient, ApiResponse } from '../testing/api-client';
import { closeStemweek, countRows, createStemweek, makeProjects, newTeller, resident, signedIn, stemweekBody } from '../testing/stemweek-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const statusCounts = (responses: ApiResponse[]) =>
  responses.reduce<Record<string, number>>((counts, response) => {
    const key = `${response.status}${response.body?.code ? ` ${response.body.code}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

describe('stemweek voting channels and the secret ballot (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;
  let teller: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedIn(t, DEMO.admin);
    teller = await signedIn(t, DEMO.teller);
  });
  afterAll(() => t.close());

  const ballotsPath = (id: string) => `/api/stemweeks/${id}/ballots`;

  it('counts exactly one of 50 ballots sent at once from one account; the other 49 get ALREADY_VOTED', async () => {
    const projects = await makeProjects(t, [100, 200, 300]);
    // With one ballot per address the 49 are still "already voted", not "address full": they are the same voter.
    const stemweek = await createStemweek(admin, stemweekBody(projects, { maxBallotsPerAddress: 1 }));
    const voter = await resident(t);
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => voter.client.post(ballotsPath(stemweek.id), { choices: [{ projectId: projects[i % 3] }] })));
    expect(statusCounts(responses)).toEqual({ '201': 1, '409 ALREADY_VOTED': 49 });
    expect(responses.find((response) => response.status === 409)?.body.message).toBe('Je hebt al gestemd in deze stemweek. Je stem telt één keer.');
    const receipt = responses.find((response) => response.status === 201)?.body.receipt;
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);
    expect(await countRows(t, 'stemweek_participation', stemweek.id)).toBe(1);
    // Account ballots stay sealed until the count: open the box to read the stored one.
    await closeStemweek(admin, stemweek);
    const [stored] = await t.dataSource.query(`SELECT receipt FROM ballot WHERE stemweek_id = $1`, [stemweek.id]);
    expect(stored.receipt).toBe(receipt);
    const detail = await voter.client.get(`/api/stemweeks/${stemweek.id}`);
    expect(detail.body).toMatchObject({ hasVoted: true, eligible: { ok: true, reason: null } });
  });

  it('counts exactly one of 50 ballots sent at once with one code, typed in 50 ways; the code is stored only as a hash', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const generated = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 3 });
    expect(generated.status).toBe(201);
    expect(generated.body.codes).toHaveLength(3);
    const code: string = generated.body.codes[0].code;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(generated.body.codes[0].url).toBe(`${t.config.PUBLIC_URL}/stem/${code}`);
    const spellings = (i: number) => [code, code.toLowerCase(), code.replace(/-/g, ''), code.replace(/-/g, ' '), ` ${code.toLowerCase().replace(/-/g, '')} `][i % 5];
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => t.client().post(ballotsPath(stemweek.id), { code: spellings(i), choices: [{ projectId: projects[i % 2] }] })));
    expect(statusCounts(responses)).toEqual({ '201': 1, '409 ALREADY_VOTED': 49 });
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);
    const plain = code.replace(/-/g, '');
    const leaks = await t.dataSource.query(`SELECT count(*)::int AS n FROM voting_code WHERE code_hash ILIKE '%' || $1 || '%' OR code_hash ILIKE '%' || $2 || '%'`, [plain, code]);
    expect(leaks[0].n).toBe(0);
    expect(JSON.stringify((await admin.get(`/api/stemweeks/${stemweek.id}/audit`)).body)).not.toContain(plain);
  });

  it('rejects ballots over the limits, with duplicates, unknown projects or outside the window, and stores nothing', async () => {
    const projects = await makeProjects(t, [100, 200, 300]);
    const [a, b, c] = projects;
    const voter = await resident(t);
    const approval = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'approval', maxChoices: 2, minChoices: 1 } }));
    const points = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'points', points: 5, maxPerProject: 3 } }));
    const ranked = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'ranked', maxRanks: 3 } }));
    const choose1 = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'choose-1' } }));
    const upcoming = await createStemweek(admin, stemweekBody(projects, { opensAt: new Date(Date.now() + 86_400_000).toISOString() }));
    const closed = await createStemweek(admin, stemweekBody(projects));
    await closeStemweek(admin, closed);

    const problems = async (stemweekId: string, choices: unknown[], client = voter.client) => {
      const response = await client.post(ballotsPath(stemweekId), { choices });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_BALLOT');
      return response.body.details;
    };
    expect(await problems(approval.id, [{ projectId: a }, { projectId: b }, { projectId: c }])).toEqual([
      { field: 'choices', reason: 'TOO_MANY_CHOICES', message: 'Je kiest te veel projecten: hoogstens 2.' },
    ]);
    expect(await problems(approval.id, [{ projectId: a }, { projectId: b }, { projectId: c }], (await resident(t, undefined, { language: 'en' })).client)).toEqual([
      { field: 'choices', reason: 'TOO_MANY_CHOICES', message: 'You chose too many projects: at most 2.' },
    ]);
    expect(await problems(approval.id, [{ projectId: a }, { projectId: a }])).toEqual([{ field: 'choices[1]', reason: 'DUPLICATE_PROJECT', message: 'Je kiest dit project twee keer.' }]);
    expect(await problems(approval.id, [{ projectId: 'bestaat-niet' }, { projectId: a }])).toEqual([{ field: 'choices[0]', reason: 'UNKNOWN_PROJECT', message: 'Dit project staat niet op het stembiljet.' }]);
    expect(await problems(approval.id, [])).toEqual([{ field: 'choices', reason: 'EMPTY_BALLOT', message: 'Kies minstens één project.' }]);
    expect((await problems(approval.id, [{ projectId: a, points: 2 }]))[0]).toMatchObject({ field: 'choices[0]', reason: 'UNEXPECTED_POINTS' });
    expect(await problems(points.id, [{ projectId: a, points: 3 }, { projectId: b, points: 3 }])).toEqual([
      { field: 'choices', reason: 'POINTS_TOTAL_EXCEEDED', message: 'Je geeft samen te veel punten: hoogstens 5, en je gaf er 6.' },
    ]);
    expect((await problems(points.id, [{ projectId: a, points: 4 }]))[0]).toMatchObject({ field: 'choices[0]', reason: 'POINTS_OVER_MAX_PER_PROJECT', message: 'Je geeft te veel punten aan dit project: hoogstens 3.' });
    expect((await problems(points.id, [{ projectId: a, points: 0 }]))[0]).toMatchObject({ reason: 'POINTS_NOT_POSITIVE_INTEGER' });
    expect((await problems(ranked.id, [{ projectId: a, rank: 1 }, { projectId: b, rank: 3 }]))[0]).toMatchObject({ field: 'choices', reason: 'RANKS_NOT_CONSECUTIVE' });
    expect((await problems(ranked.id, [{ projectId: a }]))[0]).toMatchObject({ field: 'choices[0]', reason: 'RANK_NOT_POSITIVE_INTEGER' });
    expect((await problems(choose1.id, [{ projectId: a }, { projectId: b }]))[0]).toMatchObject({ reason: 'TOO_MANY_CHOICES', message: 'Je kiest te veel projecten: hoogstens 1.' });
    for (const outside of [upcoming, closed]) {
      const refused = await voter.client.post(ballotsPath(outside.id), { choices: [{ projectId: a }] });
      expect(refused.status).toBe(409);
      expect(refused.body).toEqual({ statusCode: 409, code: 'STEMWEEK_NOT_OPEN', message: 'Deze stemweek is nu niet open.' });
    }
    for (const stemweek of [approval, points, ranked, choose1, upcoming, closed]) {
      expect(await countRows(t, 'ballot', stemweek.id)).toBe(0);
      expect(await countRows(t, 'stemweek_participation', stemweek.id)).toBe(0);
    }
    // Nothing was kept, so the voter can still vote.
    expect((await voter.client.post(ballotsPath(ranked.id), { choices: [{ projectId: b, rank: 2 }, { projectId: a, rank: 1 }] })).status).toBe(201);
    await closeStemweek(admin, ranked);
    const [stored] = await t.dataSource.query(`SELECT choices FROM ballot WHERE stemweek_id = $1`, [ranked.id]);
    expect(stored.choices).toEqual([{ projectId: a, rank: 1 }, { projectId: b, rank: 2 }]);
  });

  it('lets only eligible accounts vote: NOT_ELIGIBLE outside the postcodes, EMAIL_NOT_VERIFIED, no address, channel not used', async () => {
    const projects = await makeProjects(t, [100]);
    const choices = [{ projectId: projects[0] }];
    const stemweek = await createStemweek(admin, stemweekBody(projects, { eligiblePostcodes: ['9721 PE', '9722 AA-9722 ZZ'] }));
    const outside = await resident(t, { postcode: '9731 AB', houseNumber: '3' });
    const refused = await outside.client.post(ballotsPath(stemweek.id), { choices });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      statusCode: 403,
      code: 'NOT_ELIGIBLE',
      message: 'Je kunt in deze stemweek niet stemmen met dit account.',
      details: [{ field: 'postcode', reason: 'OUTSIDE_AREA', message: 'Je adres ligt buiten het gebied van deze stemweek.' }],
    });
    expect((await outside.client.get(`/api/stemweeks/${stemweek.id}`)).body).toMatchObject({
      hasVoted: false,
      eligible: { ok: false, reason: 'OUTSIDE_AREA', message: 'Je adres ligt buiten het gebied van deze stemweek.' },
    });
    const inRange = await resident(t, { postcode: '9722 kl', houseNumber: '8' });
    expect((await inRange.client.get(`/api/stemweeks/${stemweek.id}`)).body.eligible).toEqual({ ok: true, reason: null, message: null });
    expect((await inRange.client.post(ballotsPath(stemweek.id), { choices })).status).toBe(201);
    const unverified = await resident(t, { postcode: '9721 PE', houseNumber: '4' }, { verified: false });
    expect((await unverified.client.post(ballotsPath(stemweek.id), { choices })).body.code).toBe('EMAIL_NOT_VERIFIED');
    const homeless = await resident(t, null);
    const noAddress = await homeless.client.post(ballotsPath(stemweek.id), { choices });
    expect(noAddress.body).toMatchObject({ code: 'NOT_ELIGIBLE', details: [{ reason: 'NO_ADDRESS' }] });
    const codesOnly = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const channel = await inRange.client.post(ballotsPath(codesOnly.id), { choices });
    expect(channel.status).toBe(409);
    expect(channel.body.code).toBe('CHANNEL_NOT_USED');
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);
    expect(await countRows(t, 'ballot', codesOnly.id)).toBe(0);
  });

  it('allows as many ballots per address as the stemweek says, also when they arrive at the same time', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { maxBallotsPerAddress: 2 }));
    const household = await Promise.all(Array.from({ length: 5 }, () => resident(t, { postcode: '9721 PE', houseNumber: '77a' })));
    const responses = await Promise.all(household.map((voter) => voter.client.post(ballotsPath(stemweek.id), { choices: [{ projectId: projects[0] }] })));
    expect(statusCounts(responses)).toEqual({ '201': 2, '409 ADDRESS_LIMIT_REACHED': 3 });
    expect(responses.find((response) => response.status === 409)?.body.message).toBe('Vanaf jouw adres is al zo vaak gestemd als mag (2 keer).');
    const neighbour = await resident(t, { postcode: '9721 PE', houseNumber: '77b' });
    expect((await neighbour.client.post(ballotsPath(stemweek.id), { choices: [{ projectId: projects[0] }] })).status).toBe(201);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(3);
  });

  it('accepts a voting code once, in any case and with or without dashes, only for its own stemweek; CSV on request', async () => {
    const projects = await makeProjects(t, [100]);
    const choices = [{ projectId: projects[0] }];
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const other = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const csv = await admin.post(`/api/stemweeks/${stemweek.id}/codes?format=csv`, { count: 3 });
    expect(csv.status).toBe(201);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = csv.body.trim().split('\r\n');
    expect(rows[0]).toBe('code,url');
    expect(rows).toHaveLength(4);
    const codes = rows.slice(1).map((row: string) => row.split(',')[0]);
    const voter = t.client();
    const first = await voter.post(ballotsPath(stemweek.id), { code: codes[0].toLowerCase().replace(/-/g, ''), choices });
    expect(first.status).toBe(201);
    const again = await t.client().post(ballotsPath(stemweek.id), { code: codes[0], choices });
    expect(again.body.code).toBe('ALREADY_VOTED');
    const elsewhere = await t.client().post(ballotsPath(other.id), { code: codes[1], choices });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toEqual({ statusCode: 403, code: 'INVALID_CODE', message: 'Deze stemcode klopt niet of hoort niet bij deze stemweek. Kijk de code op je brief na.' });
    expect((await t.client().post(ballotsPath(stemweek.id), { code: codes[1].split('').reverse().join(''), choices })).body.code).toBe('INVALID_CODE');
    expect((await t.client().post(ballotsPath(stemweek.id), { code: `  ${codes[1].replace(/-/g, ' - ')} `, choices })).status).toBe(201);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(2);
    expect(await countRows(t, 'ballot', other.id)).toBe(0);
  });

  it('checks a letter code before the ballot is filled in, and finds its stemweek from the code alone (the short /stem/CODE link)', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const generated = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 2 });
    const [first, second] = generated.body.codes.map((code: { code: string }) => code.code);
    expect(generated.body.codes[0].url).toBe(`${t.config.PUBLIC_URL}/stem/${first}`);
    const check = (code: string) => t.client('en').post(`/api/stemweeks/${stemweek.id}/code-check`, { code });
    expect((await check(first.toLowerCase().replace(/-/g, ''))).body).toEqual({ ok: true });
    const wrong = await check('AAAA-BBBB-CCCC');
    expect([wrong.status, wrong.body.code]).toEqual([403, 'INVALID_CODE']);
    expect((await t.client().post(`/api/stemweeks/${stemweek.id}/ballots`, { code: first, choices: [{ projectId: projects[0] }] })).status).toBe(201);
    expect((await check(first)).body.code).toBe('ALREADY_VOTED');
    // Checking does not use a code up.
    expect((await check(second)).body).toEqual({ ok: true });
    expect((await check(second)).body).toEqual({ ok: true });

    const lookup = (code: string) => t.client('en').post('/api/stemweeks/code-lookup', { code });
    expect((await lookup(second)).body).toEqual({ stemweekId: stemweek.id });
    expect((await lookup('AAAA-BBBB-CCCC')).body.code).toBe('INVALID_CODE');
  });

  it('shows turnout as a share of the addresses that got a letter, and per day of casting', async () => {
    const projects = await makeProjects(t, [100]);
    const choices = [{ projectId: projects[0] }];
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['account', 'code', 'paper'] }));
    const addresses = ['1', '2', '3', '4'].map((houseNumber) => ({ postcode: '9723 AC', houseNumber }));
    const letters = (await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 4, addresses })).body.codes.map((code: { code: string }) => code.code);
    expect((await admin.get(`/api/stemweeks/${stemweek.id}/turnout`)).body).toMatchObject({ addresses: { eligible: 4, voted: 0 }, byDay: [] });
    expect((await t.client().post(ballotsPath(stemweek.id), { code: letters[0], choices })).status).toBe(201);
    const voter = await resident(t, addresses[1]);
    expect((await voter.client.post(ballotsPath(stemweek.id), { choices })).status).toBe(201);
    const turnout = (await admin.get(`/api/stemweeks/${stemweek.id}/turnout`)).body;
    expect(turnout.addresses).toEqual({ eligible: 4, voted: 2 });
    const [today] = await t.dataSource.query(`SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS day`);
    expect(turnout.byDay).toEqual([{ day: today.day, ballots: 2 }]);
    const withoutLetters = await createStemweek(admin, stemweekBody(projects, { channels: ['account'] }));
    expect((await admin.get(`/api/stemweeks/${withoutLetters.id}/turnout`)).body.addresses).toBeNull();
  });

  it('raises an alarm on the admin turnout page when many wrong codes come in, from wherever they come', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const turnout = async () => (await admin.get(`/api/stemweeks/${stemweek.id}/turnout`)).body.wrongCodes;
    expect(await turnout()).toEqual({ lastHour: 0, last24Hours: 0, alarm: false });
    const wrong = (i: number) => t.client().post(`/api/stemweeks/${stemweek.id}/code-check`, { code: `AAAA-CCCC-${String(i).padStart(4, '0')}` });
    for (let i = 0; i < 10; i++) expect((await wrong(i)).body.code).toBe('INVALID_CODE');
    expect(await turnout()).toEqual({ lastHour: 10, last24Hours: 10, alarm: false });
    await Promise.all(Array.from({ length: 45 }, (_, i) => wrong(100 + i)));
    expect(await turnout()).toEqual({ lastHour: 55, last24Hours: 55, alarm: true });
    // Only the count per hour is kept: no code, no address, no time finer than the hour.
    const [row] = await t.dataSource.query(`SELECT * FROM stemweek_wrong_codes WHERE stemweek_id = $1`, [stemweek.id]);
    expect(Object.keys(row).sort()).toEqual(['count', 'hour', 'stemweek_id']);
  });

  it('a voting place behind one address: typos there never lock out a right code; a script is stopped; a signed-in teller is never throttled', async () => {
    const projects = await makeProjects(t, [100]);
    const choices = [{ projectId: projects[0] }];
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const { body } = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 3, addresses: ['1', '2', '3'].map((houseNumber) => ({ postcode: '9723 AB', houseNumber })) });
    const wrong = (attempt: number, client = t.client()) => client.post(ballotsPath(stemweek.id), { code: `AAAA-BBBB-${String(attempt).padStart(4, '0')}`, choices });
    // The Werkplaats computer, a school or a care home: everyone comes from one address (here all requests do).
    for (let attempt = 0; attempt < 15; attempt++) expect((await wrong(attempt)).body.code).toBe('INVALID_CODE');
    expect((await t.client().post(ballotsPath(stemweek.id), { code: body.codes[0].code, choices })).status).toBe(201);

    // A script guessing codes is stopped after WRONG_CODES_PER_15_MIN wrong ones; nothing is stored for it.
    const guesses = await Promise.all(Array.from({ length: 100 }, (_, i) => wrong(100 + i)));
    expect(guesses.filter((response) => response.status === 429)).toHaveLength(15);
    const blocked = await wrong(999);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.body.message).toMatch(/^Te veel pogingen\. Probeer het over \d+ minuten opnieuw\.$/);
    // A right code still counts: with 60-bit codes a right guess is hopeless, so a right code tells a script nothing.
    expect((await t.client().post(ballotsPath(stemweek.id), { code: body.codes[1].code, choices })).status).toBe(201);
    // The teller's station is signed in, and is never throttled.
    expect((await wrong(1000, teller)).body.code).toBe('INVALID_CODE');
    expect((await teller.post(ballotsPath(stemweek.id), { code: body.codes[2].code, choices })).status).toBe(201);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(3);
    // Signed-in voters are not affected by someone guessing codes.
    expect((await (await resident(t)).client.post(ballotsPath(stemweek.id), { choices })).status).toBe(201);
  });

  it('does not let a voter vote again through another channel: an account and the code bound to its address exclude each other', async () => {
    const projects = await makeProjects(t, [100]);
    const choices = [{ projectId: projects[0] }];
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const bound = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 2, addresses: [{ postcode: '9721pe', houseNumber: '20' }, { postcode: '9721 PE', houseNumber: '21 ' }] });
    expect(bound.body.codes.map((code: { postcode: string; houseNumber: string }) => [code.postcode, code.houseNumber])).toEqual([
      ['9721 PE', '20'],
      ['9721 PE', '21'],
    ]);
    const [code20, code21] = bound.body.codes.map((code: { code: string }) => code.code);

    // Account first, then the letter of the same address.
    const at20 = await resident(t, { postcode: '9721 PE', houseNumber: '20' });
    expect((await at20.client.post(ballotsPath(stemweek.id), { choices })).status).toBe(201);
    const letter20 = await t.client().post(ballotsPath(stemweek.id), { code: code20, choices });
    expect(letter20.status).toBe(409);
    expect(letter20.body.code).toBe('ALREADY_VOTED');

    // Letter first, then an account at that address.
    expect((await t.client().post(ballotsPath(stemweek.id), { code: code21, choices })).status).toBe(201);
    const at21 = await resident(t, { postcode: '9721PE', houseNumber: '21' });
    expect((await at21.client.get(`/api/stemweeks/${stemweek.id}`)).body.eligible).toMatchObject({ ok: false, reason: 'ADDRESS_ALREADY_VOTED' });
    expect((await at21.client.post(ballotsPath(stemweek.id), { choices })).body.code).toBe('ALREADY_VOTED');

    // Codes without an address could be a second vote of someone with an account: not in a stemweek with accounts.
    const loose = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 1 });
    expect([loose.status, loose.body.code]).toEqual([409, 'UNBOUND_CODES_WITH_ACCOUNTS']);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(2);
    expect(await countRows(t, 'stemweek_participation', stemweek.id)).toBe(2);
  });

  it('counts a paper ballot only when two entries agree; differing entries count nothing until a further entry matches', async () => {
    const projects = await makeProjects(t, [100, 200, 300]);
    const [a, b, c] = projects;
    const stemweek = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'ranked', maxRanks: 3 } }));
    const secondTeller = admin;
    const enter = (client: ApiClient, batch: string, sheet: number, choices: unknown[]) => client.post(`/api/stemweeks/${stemweek.id}/paper-ballots`, { batch, sheet, choices });
    const ab = [{ projectId: a, rank: 1 }, { projectId: b, rank: 2 }];
    const ba = [{ projectId: b, rank: 1 }, { projectId: a, rank: 2 }];

    expect((await enter(teller, 'A', 1, ab)).body).toEqual({ batch: 'A', sheet: 1, status: 'entered-once', entries: 1 });
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(0);
    // The same vote typed in another order is the same vote.
    expect((await enter(secondTeller, 'A', 1, [...ab].reverse())).body).toEqual({ batch: 'A', sheet: 1, status: 'matched', entries: 2 });
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);
    const counted = await enter(teller, 'A', 1, ab);
    expect(counted.status).toBe(409);
    expect(counted.body.code).toBe('PAPER_SHEET_COUNTED');

    // Same projects, other ranks: a conflict; nothing counts until an entry matches one of the two.
    expect((await enter(teller, 'A', 2, ab)).body.status).toBe('entered-once');
    expect((await enter(secondTeller, 'A', 2, ba)).body.status).toBe('conflict');
    expect((await enter(teller, 'A', 2, [{ projectId: c, rank: 1 }])).body).toMatchObject({ status: 'conflict', entries: 3 });
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);
    // The fourth reading comes from a third teller: a match needs readings of two different tellers.
    expect((await enter(await newTeller(t, admin), 'A', 2, ba)).body).toEqual({ batch: 'A', sheet: 2, status: 'matched', entries: 4 });
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(2);

    expect((await enter(teller, 'A', 3, ab)).body.status).toBe('entered-once');
    expect((await enter(teller, 'B', 1, ab)).body.status).toBe('entered-once');
    expect((await enter(secondTeller, 'B', 1, [{ projectId: a, rank: 1 }])).body.status).toBe('conflict');
    const invalid = await enter(teller, 'B', 2, [{ projectId: a, rank: 2 }]);
    expect(invalid.body.code).toBe('INVALID_BALLOT');

    // Four entries of one sheet at the same moment: it counts once.
    const race = await Promise.all(Array.from({ length: 4 }, (_, i) => enter(i % 2 ? teller : secondTeller, 'C', 1, ab)));
    expect(race.every((response) => [201, 409].includes(response.status))).toBe(true);
    expect(race.filter((response) => response.body.status === 'matched')).toHaveLength(1);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(3);

    const report = await teller.get(`/api/stemweeks/${stemweek.id}/paper-ballots`);
    expect(report.body).toEqual({
      batches: [
        { batch: 'A', enteredOnce: 1, matched: 2, conflicting: 0, enteredOnceSheets: [3], conflictingSheets: [] },
        { batch: 'B', enteredOnce: 0, matched: 0, conflicting: 1, enteredOnceSheets: [], conflictingSheets: [1] },
        { batch: 'C', enteredOnce: 0, matched: 1, conflicting: 0, enteredOnceSheets: [], conflictingSheets: [] },
      ],
      totals: { enteredOnce: 1, matched: 3, conflicting: 1 },
    });
    expect((await admin.get(`/api/stemweeks/${stemweek.id}/turnout`)).body.turnout).toEqual({ account: 0, code: 0, paper: 3, imported: 0 });
    const noPaper = await createStemweek(admin, stemweekBody(projects, { channels: ['account'] }));
    expect((await teller.post(`/api/stemweeks/${noPaper.id}/paper-ballots`, { batch: 'A', sheet: 1, choices: [{ projectId: a }] })).body.code).toBe('CHANNEL_NOT_USED');
  });

  it('refuses to publish while paper sheets are entered once or in conflict, unless the admin leaves them out with a reason, in the audit', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const [a, b] = projects;
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const enter = (client: ApiClient, batch: string, sheet: number, projectId: string) => client.post(`/api/stemweeks/${stemweek.id}/paper-ballots`, { batch, sheet, choices: [{ projectId }] });
    expect((await enter(teller, 'A', 1, a)).body.status).toBe('entered-once');
    expect((await enter(admin, 'A', 1, a)).body.status).toBe('matched');
    expect((await enter(teller, 'A', 2, a)).body.status).toBe('entered-once');
    expect((await enter(teller, 'B', 7, a)).body.status).toBe('entered-once');
    expect((await enter(admin, 'B', 7, b)).body.status).toBe('conflict');
    expect((await closeStemweek(admin, stemweek)).status).toBe(200);

    const refused = await admin.post(`/api/stemweeks/${stemweek.id}/publish`);
    expect([refused.status, refused.body.code]).toEqual([409, 'PAPER_SHEETS_OPEN']);
    expect(refused.body.details).toEqual([
      { field: 'A', reason: 'enteredOnce', message: expect.stringContaining('2') },
      { field: 'B', reason: 'conflict', message: expect.stringContaining('7') },
    ]);
    expect((await admin.get(`/api/stemweeks/${stemweek.id}`)).body.state).toBe('counting');
    const noReason = await admin.post(`/api/stemweeks/${stemweek.id}/publish`, { leaveOutOpenSheets: true });
    expect([noReason.status, noReason.body.details?.[0]?.field]).toEqual([400, 'reason']);

    const published = await admin.post(`/api/stemweeks/${stemweek.id}/publish`, { leaveOutOpenSheets: true, reason: 'Vel B7 is onleesbaar; A2 is zoek.' });
    expect(published.status).toBe(200);
    const [audit] = await t.dataSource.query(`SELECT details AS detail FROM stemweek_audit WHERE stemweek_id = $1 AND action = 'publish'`, [stemweek.id]);
    expect(audit.detail).toMatchObject({ leftOut: [{ batch: 'A', sheet: 2, status: 'entered-once' }, { batch: 'B', sheet: 7, status: 'conflict' }], reason: 'Vel B7 is onleesbaar; A2 is zoek.' });
  });

  it('counts a sheet only when two different tellers agree; blank and spoilt sheets count as such, never for a project', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const [a] = projects;
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    const enter = (client: ApiClient, sheet: number, choices: unknown[], mark?: string) =>
      client.post(`/api/stemweeks/${stemweek.id}/paper-ballots`, { batch: 'D', sheet, choices, ...(mark ? { mark } : {}) });

    // One teller typing a sheet twice is one reading: the sheet waits for another teller.
    expect((await enter(teller, 1, [{ projectId: a }])).body.status).toBe('entered-once');
    expect((await enter(teller, 1, [{ projectId: a }])).body).toEqual({ batch: 'D', sheet: 1, status: 'entered-once', entries: 2 });
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(0);
    expect((await enter(admin, 1, [{ projectId: a }])).body.status).toBe('matched');

    expect((await enter(teller, 2, [], 'blank')).body.status).toBe('entered-once');
    expect((await enter(admin, 2, [], 'blank')).body.status).toBe('matched');
    expect((await enter(teller, 3, [], 'spoilt')).body.status).toBe('entered-once');
    expect((await enter(admin, 3, [], 'spoilt')).body.status).toBe('matched');
    // A blank reading and a vote are two different readings.
    expect((await enter(teller, 4, [], 'blank')).body.status).toBe('entered-once');
    expect((await enter(admin, 4, [{ projectId: a }])).body.status).toBe('conflict');
    const mixed = await enter(teller, 5, [{ projectId: a }], 'blank');
    expect(mixed.status).toBe(400);
    expect(mixed.body.details).toEqual([expect.objectContaining({ field: 'choices', reason: 'noChoicesOnMarkedSheet' })]);
    expect((await enter(teller, 5, [], 'kapot')).status).toBe(400);
    expect(await countRows(t, 'ballot', stemweek.id)).toBe(1);

    await closeStemweek(admin, stemweek);
    // Sheet 4 is still in conflict: left out on purpose.
    const results = await admin.post(`/api/stemweeks/${stemweek.id}/publish`, { leaveOutOpenSheets: true, reason: 'Vel 4 is onleesbaar.' });
    expect(results.body).toMatchObject({ ballots: 1, turnout: { paper: 1 }, blankAndSpoilt: { blank: 1, spoilt: 1 } });
    expect(results.body.ranking.find((row: { projectId: string }) => row.projectId === a).votes).toBe(1);
    const pb = (await t.client().get(`/api/stemweeks/${stemweek.id}/ballots.pb`)).body as string;
    expect(pb).toContain('blank_votes;1');
    expect(pb).toContain('spoilt_votes;1');
  });

  it('keeps the secret ballot: the ballot table holds nothing that identifies a voter and no link to who voted', async () => {
    const columns = async (table: string) =>
      (await t.dataSource.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`, [table])).map(
        (row: { column_name: string; data_type: string }) => `${row.column_name}:${row.data_type}`,
      );
    expect(await columns('ballot')).toEqual(['cast_on:date', 'channel:text', 'choices:jsonb', 'id:uuid', 'receipt:text', 'stemweek_id:uuid']);
    expect(await columns('stemweek_participation')).toEqual(['account_id:uuid', 'address_hash:text', 'channel:text', 'id:uuid', 'stemweek_id:uuid', 'voting_code_id:uuid']);
    const foreignKeys = await t.dataSource.query(
      `SELECT tc.table_name, ccu.table_name AS references FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND (tc.table_name = 'ballot' OR ccu.table_name = 'ballot')`,
    );
    expect(foreignKeys).toEqual([{ table_name: 'ballot', references: 'stemweek' }]);
    const defaults = await t.dataSource.query(`SELECT column_default FROM information_schema.columns WHERE table_name = 'ballot' AND column_default IS NOT NULL`);
    expect(defaults).toEqual([{ column_default: 'gen_random_uuid()' }]);
    const ipColumns = await t.dataSource.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name ~ '(^|_)(ip|ip_address|remote_addr)($|_)'`);
    expect(ipColumns).toEqual([]);

    // After publication the rows are rewritten in receipt order: not even their place on disk follows the order of voting.
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    for (let i = 0; i < 6; i++) await (await resident(t)).client.post(ballotsPath(stemweek.id), { choices: [{ projectId: projects[0] }] });
    const before = await t.dataSource.query(`SELECT id FROM ballot WHERE stemweek_id = $1`, [stemweek.id]);
    await closeStemweek(admin, stemweek);
    await admin.post(`/api/stemweeks/${stemweek.id}/publish`);
    const after: { id: string; receipt: string; writer: string }[] = await t.dataSource.query(`SELECT id, receipt, xmin::text AS writer FROM ballot WHERE stemweek_id = $1 ORDER BY ctid`, [stemweek.id]);
    expect(after.map((row) => row.receipt)).toEqual(after.map((row) => row.receipt).sort());
    expect(new Set(after.map((row) => row.writer)).size).toBe(1);
    expect(after.filter((row) => before.some((old: { id: string }) => old.id === row.id))).toEqual([]);
    const [day] = await t.dataSource.query(`SELECT DISTINCT cast_on::text AS day FROM ballot WHERE stemweek_id = $1`, [stemweek.id]);
    expect(day.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
