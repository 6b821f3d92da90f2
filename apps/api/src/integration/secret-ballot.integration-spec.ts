/* eslint-disable @typescript-eslint/no-explicit-any -- rows read as the database superuser are plain objects. */
import { Logger } from '@nestjs/common';
import { ApiClient } from '../testing/api-client';
import { closeStemweek, createStemweek, makeProjects, resident, signedIn, stemweekBody } from '../testing/stemweek-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/**
 * The adversary of docs/secret-ballot.md: someone who reads the database as its superuser (the host, a copy of the
 * data directory, an admin with psql) while the stemweek is open, after it closes and after publication, and who
 * keeps every copy. Each probe pairs participations (who) with ballots (what) the best way it can; the test knows
 * who cast which ballot, because every voter chooses a different set of projects, and counts the right pairs.
 * Chance gives about one right pair per channel (a random pairing of n has one fixed point on average).
 */
const PROJECTS = 7;
const ACCOUNTS = 20;
const BOUND_CODES = 20;
const OTHER_STREET_CODES = 20;
/** At most this many of the 60 voters may be linked by any probe: chance gives about 2, the old design gave 60. */
const BETTER_THAN_CHANCE = 10;

interface Participation {
  voter: string;
  channel: string;
  xmin: string;
  xmax: string;
  ctid: string;
  committed: string | null;
  /** What the same transaction wrote next to it in other tables, if anything (a sealed ballot, a pending row). */
  sideRows: { xmin: string; ctid: string; size: number; committed: string | null }[];
}
interface StoredBallot {
  vote: string;
  channel: string;
  xmin: string;
  xmax: string;
  ctid: string;
  id: string;
  receipt: string;
  size: number;
  committed: string | null;
}

const bitsOf = (n: number, projects: string[]) => projects.filter((_, bit) => n & (1 << bit));
const voteKey = (projectIds: string[]) => [...projectIds].sort().join(',');
const ctidKey = (ctid: string) => ctid.replace(/[()]/g, '').split(',').map(Number).reduce((page, item) => page * 100_000 + item);

describe('the secret ballot against someone with the database (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;
  let teller: ApiClient;
  let trackCommitTimestamps = false;
  const logLines: string[] = [];

  beforeAll(async () => {
    // Whatever the request log would write, also where the test's log level drops it.
    jest.spyOn(Logger.prototype, 'log').mockImplementation(function (this: Logger, message: unknown) {
      logLines.push(String(message));
    });
    t = await startTestApp();
    admin = await signedIn(t, DEMO.admin);
    teller = await signedIn(t, DEMO.teller);
    trackCommitTimestamps = (await t.dataSource.query(`SHOW track_commit_timestamp`))[0].track_commit_timestamp === 'on';
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  /** Every row the superuser can see, with its system columns; the tables of the stemweek domain that a cast may touch. */
  async function readAsSuperuser(stemweekId: string, truth: Map<string, string>): Promise<{ participations: Participation[]; ballots: StoredBallot[] }> {
    const committed = trackCommitTimestamps ? `pg_xact_commit_timestamp(xmin)::text` : `NULL::text`;
    const participations: any[] = await t.dataSource.query(
      `SELECT coalesce(account_id::text, voting_code_id::text) AS voter, channel, xmin::text, xmax::text, ctid::text, ${committed} AS committed
         FROM stemweek_participation WHERE stemweek_id = $1`,
      [stemweekId],
    );
    // Any other table of the domain that holds rows per cast (pending or sealed ballots): the adversary looks there too.
    const sideTables: { table_name: string }[] = await t.dataSource.query(
      `SELECT DISTINCT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'stemweek_id' AND table_name NOT IN ('ballot', 'stemweek_participation', 'stemweek_item', 'stemweek_audit', 'voting_code', 'paper_sheet', 'paper_entry')`,
    );
    const side: any[] = [];
    for (const { table_name } of sideTables) {
      side.push(...(await t.dataSource.query(`SELECT xmin::text, ctid::text, pg_column_size(s.*) AS size, ${committed} AS committed FROM "${table_name}" s WHERE stemweek_id = $1`, [stemweekId])));
    }
    const ballots: any[] = await t.dataSource.query(
      `SELECT choices, channel, xmin::text, xmax::text, ctid::text, id::text, receipt, pg_column_size(choices) AS size, ${committed} AS committed FROM ballot WHERE stemweek_id = $1`,
      [stemweekId],
    );
    expect(participations.every((row) => truth.has(row.voter))).toBe(true);
    return {
      participations: participations.map((row) => ({ ...row, sideRows: side.filter((other) => other.xmin === row.xmin) })),
      ballots: ballots.map((row) => ({ ...row, vote: voteKey(row.choices.map((choice: { projectId: string }) => choice.projectId)) })),
    };
  }

  /** Pairs the i-th participation with the i-th ballot of the same channel, both in the given order. */
  function pairInOrder<P, B>(participations: P[], ballots: B[], orderP: (p: P) => number | string, orderB: (b: B) => number | string): [P, B][] {
    const sortBy = <T>(rows: T[], key: (row: T) => number | string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const p = sortBy(participations, orderP);
    const b = sortBy(ballots, orderB);
    return p.slice(0, b.length).map((row, index) => [row, b[index]]);
  }

  /** Every probe the adversary has, on one moment's rows plus what it kept from earlier moments; the number of right links per probe. */
  function attack(now: { participations: Participation[]; ballots: StoredBallot[] }, kept: StoredBallot[][], truth: Map<string, string>): Record<string, number> {
    const ballots = [...kept.flat(), ...now.ballots].filter((ballot) => ballot.channel !== 'paper');
    const right = (pairs: [Participation, StoredBallot | undefined][]) => pairs.filter(([p, b]) => b && truth.get(p.voter) === b.vote).length;
    const perChannel = (probe: (ps: Participation[], bs: StoredBallot[]) => [Participation, StoredBallot | undefined][]) =>
      ['account', 'code'].reduce((sum, channel) => sum + right(probe(now.participations.filter((p) => p.channel === channel), ballots.filter((b) => b.channel === channel))), 0);
    const xid = (value: string) => Number(value);
    const probes: Record<string, number> = {
      'equal xmin': right(now.participations.map((p) => [p, ballots.find((b) => b.xmin === p.xmin)])),
      'equal xmax': right(now.participations.map((p) => [p, ballots.find((b) => b.xmax !== '0' && b.xmax === p.xmax)])),
      'ctid order': perChannel((ps, bs) => pairInOrder(ps, bs, (p) => ctidKey(p.ctid), (b) => ctidKey(b.ctid))),
      'xmin order': perChannel((ps, bs) => pairInOrder(ps, bs, (p) => xid(p.xmin), (b) => xid(b.xmin))),
      'ids in sequence': perChannel((ps, bs) => pairInOrder(ps, bs, (p) => ctidKey(p.ctid), (b) => b.id)),
      'receipt order': perChannel((ps, bs) => pairInOrder(ps, bs, (p) => ctidKey(p.ctid), (b) => b.receipt)),
      // A row written in the cast's own transaction (a sealed ballot) sits in the same order and has a size.
      'order of rows written with the cast': perChannel((ps, bs) => pairInOrder(ps, bs, (p) => (p.sideRows[0] ? ctidKey(p.sideRows[0].ctid) : ctidKey(p.ctid)), (b) => ctidKey(b.ctid))),
      // A sealed ballot as long as its content would pair by size with the opened ballots.
      'size of rows written with the cast': perChannel((ps, bs) => pairInOrder(ps, bs, (p) => p.sideRows[0]?.size ?? 0, (b) => b.size)),
    };
    if (trackCommitTimestamps) {
      probes['commit timestamps'] = perChannel((ps, bs) => pairInOrder(ps, bs, (p) => p.committed ?? '', (b) => b.committed ?? ''));
      probes['equal commit timestamp'] = right(now.participations.map((p) => [p, ballots.find((b) => b.committed !== null && b.committed === p.committed)]));
    }
    return probes;
  }

  it('links no ballot to its voter better than chance, on any channel, at any moment, from any copy of the data or the log', async () => {
    const projects = await makeProjects(t, Array.from({ length: PROJECTS }, (_, i) => 100 * (i + 1)));
    const stemweek = await createStemweek(admin, stemweekBody(projects, { method: { kind: 'approval', maxChoices: PROJECTS }, maxBallotsPerAddress: 2 }));
    const path = `/api/stemweeks/${stemweek.id}/ballots`;
    /** Voter (account id or voting code id) → the vote they cast; each voter's set of projects is different. */
    const truth = new Map<string, string>();
    let vote = 0;
    const nextVote = () => bitsOf(++vote, projects);

    // Accounts, two per address (the address limit), mixed with letter codes in one stream, as on a real evening.
    const accounts = await Promise.all(Array.from({ length: ACCOUNTS }, (_, i) => resident(t, { postcode: '9721 PE', houseNumber: String(200 + Math.floor(i / 2)) })));
    const bound = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: BOUND_CODES, addresses: Array.from({ length: BOUND_CODES }, (_, i) => ({ postcode: '9722 AB', houseNumber: String(i + 1) })) });
    // With account voting every letter is bound to an address; these go to another street.
    const otherStreet = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: OTHER_STREET_CODES, addresses: Array.from({ length: OTHER_STREET_CODES }, (_, i) => ({ postcode: '9722 AC', houseNumber: String(i + 1) })) });
    const codes: string[] = [...bound.body.codes, ...otherStreet.body.codes].map((code: { code: string }) => code.code);
    // The test (not the adversary) learns which code row each letter is, from the participation its cast adds.
    const newCodeVoter = async (): Promise<string> => {
      const rows: { id: string }[] = await t.dataSource.query(`SELECT voting_code_id::text AS id FROM stemweek_participation WHERE stemweek_id = $1 AND channel = 'code'`, [stemweek.id]);
      const added = rows.filter((row) => !truth.has(row.id));
      expect(added).toHaveLength(1);
      return added[0].id;
    };
    logLines.length = 0;
    for (let i = 0; i < Math.max(accounts.length, codes.length); i++) {
      if (accounts[i]) {
        const choices = nextVote();
        expect((await accounts[i].client.post(path, { choices: choices.map((projectId) => ({ projectId })) })).status).toBe(201);
        truth.set(accounts[i].id, voteKey(choices));
      }
      for (const code of codes.slice(2 * i, 2 * i + 2)) {
        const choices = nextVote();
        expect((await t.client().post(path, { code, choices: choices.map((projectId) => ({ projectId })) })).status).toBe(201);
        truth.set(await newCodeVoter(), voteKey(choices));
      }
      if (i < 5) {
        // Paper sheets entered at the Werkplaats in between, each by two tellers.
        const choices = bitsOf(100 + i, projects).map((projectId) => ({ projectId }));
        for (const client of [teller, admin]) expect((await client.post(`/api/stemweeks/${stemweek.id}/paper-ballots`, { batch: 'A', sheet: i + 1, choices })).status).toBe(201);
      }
    }
    expect(truth.size).toBe(ACCOUNTS + BOUND_CODES + OTHER_STREET_CODES);

    // The log of the casts: nothing in it may order or time a ballot.
    expect(logLines.filter((line) => line.includes('/ballots'))).toEqual([]);

    const kept: StoredBallot[][] = [];
    const open = await readAsSuperuser(stemweek.id, truth);
    // Every cast wrote one sealed row beside its participation, and all sealed rows have the same size.
    expect(open.participations.map((p) => p.sideRows.length)).toEqual(open.participations.map(() => 1));
    expect(new Set(open.participations.map((p) => p.sideRows[0].size)).size).toBe(1);
    const results: Record<string, Record<string, number>> = { open: attack(open, kept, truth) };
    kept.push(open.ballots);

    expect((await closeStemweek(admin, stemweek)).status).toBe(200);
    // The adversary keeps what it saw while the stemweek was open: the rows written beside each participation.
    const withOpenSide = (now: { participations: Participation[]; ballots: StoredBallot[] }) => ({
      ...now,
      participations: now.participations.map((p) => ({ ...p, sideRows: open.participations.find((o) => o.voter === p.voter)?.sideRows ?? [] })),
    });
    const closed = withOpenSide(await readAsSuperuser(stemweek.id, truth));
    expect(closed.ballots.filter((ballot) => ballot.channel !== 'paper')).toHaveLength(truth.size);
    results['closed'] = attack(closed, kept, truth);
    kept.push(closed.ballots);

    expect((await admin.post(`/api/stemweeks/${stemweek.id}/publish`)).status).toBe(200);
    const published = withOpenSide(await readAsSuperuser(stemweek.id, truth));
    results['published'] = attack(published, kept, truth);
    // The published file: receipts in receipt order, nothing else per ballot.
    const csv: string = (await t.client().get(`/api/stemweeks/${stemweek.id}/ballots.csv`)).body;
    expect(csv.split('\r\n')[0]).toBe('receipt,vote,projects');

    const linked = Object.fromEntries(Object.entries(results).map(([moment, probes]) => [moment, Object.fromEntries(Object.entries(probes).filter(([, n]) => n > BETTER_THAN_CHANCE))]));
    expect(linked).toEqual({ open: {}, closed: {}, published: {} });
  });

  it('opens the ballot box only with the counting key; a wrong key changes nothing, and results wait for the box', async () => {
    const projects = await makeProjects(t, [100, 200]);
    const stemweek = await createStemweek(admin, stemweekBody(projects));
    expect(stemweek.ballotBoxKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(stemweek.ballotBoxOpened).toBe(false);
    // The key is shown once: not in the detail, the list, the audit log or the database.
    const key: string = stemweek.ballotBoxKey;
    for (const path of [`/api/stemweeks/${stemweek.id}`, '/api/stemweeks', `/api/stemweeks/${stemweek.id}/audit`]) expect(JSON.stringify((await admin.get(path)).body)).not.toContain(key);
    const dump: { row: string }[] = await t.dataSource.query(`SELECT row_to_json(s)::text AS row FROM stemweek s WHERE id = $1 UNION ALL SELECT row_to_json(a)::text FROM stemweek_audit a WHERE stemweek_id = $1`, [stemweek.id]);
    expect(dump.some(({ row }) => row.includes(key) || row.includes(key.replace(/-/g, '')))).toBe(false);

    const voter = await resident(t);
    const cast = await voter.client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: [{ projectId: projects[1] }] });
    expect(cast.status).toBe(201);
    const wrong = await admin.post(`/api/stemweeks/${stemweek.id}/close`, { key: key.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'BALLOT_BOX_KEY_WRONG', message: 'Deze telsleutel past niet op de stembus van deze stemweek. Kijk de sleutel na.' });
    expect((await admin.post(`/api/stemweeks/${stemweek.id}/close`, { key: 'kaas' })).body.code).toBe('BALLOT_BOX_KEY_WRONG');
    expect((await admin.post(`/api/stemweeks/${stemweek.id}/close`, {})).status).toBe(400);
    expect((await t.client().get(`/api/stemweeks/${stemweek.id}`)).body.state).toBe('open');

    // Closed by the clock: still sealed, so no preview or publication until the key opens the box.
    await t.dataSource.query(`UPDATE stemweek SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 day' WHERE id = $1`, [stemweek.id]);
    expect((await admin.get(`/api/stemweeks/${stemweek.id}/results`)).body.code).toBe('BALLOT_BOX_SEALED');
    expect((await admin.post(`/api/stemweeks/${stemweek.id}/publish`)).body).toMatchObject({ statusCode: 409, code: 'BALLOT_BOX_SEALED' });
    // Typed as people type: small letters, spaces instead of dashes.
    const opened = await admin.post(`/api/stemweeks/${stemweek.id}/close`, { key: key.toLowerCase().replace(/-/g, ' ') });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ state: 'counting', ballotBoxOpened: true, closedAt: null });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM sealed_ballot WHERE stemweek_id = $1`, [stemweek.id])).toEqual([{ n: 0 }]);
    const preview = await admin.get(`/api/stemweeks/${stemweek.id}/results`);
    expect(preview.body.ranking.find((row: { projectId: string }) => row.projectId === projects[1]).votes).toBe(1);
    expect((await admin.post(`/api/stemweeks/${stemweek.id}/close`, { key })).body.code).toBe('STEMWEEK_NOT_OPEN');
    const audit = (await admin.get(`/api/stemweeks/${stemweek.id}/audit`)).body;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['create', 'open-ballot-box']);
    expect(audit[1].details).toEqual({ ballotsOpened: 1 });
  });
});
