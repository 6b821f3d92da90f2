import { ApiClient } from '../testing/api-client';
import { createStemweek, makeProjects, newTeller, resident, stemweekBody } from '../testing/stemweek-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/**
 * One vote per eligible address across all channels, without trusting a typed address: an account's address counts
 * for voting only once it is verified (with the letter code sent to that address, or by a teller in person), a
 * household's letter is never blocked by someone else's claim, and unbound codes cannot be combined with accounts.
 */
describe('eligibility that cannot be borrowed (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client('en');
    await admin.signIn(DEMO.admin, DEMO.password);
  });
  afterAll(() => t.close());

  const ballots = (id: string) => `/api/stemweeks/${id}/ballots`;
  let street = 0;
  const address = () => ({ postcode: '9722 KL', houseNumber: String(1000 + ++street + Math.floor(Math.random() * 80_000)) });
  const letters = async (stemweekId: string, addresses: { postcode: string; houseNumber: string }[]): Promise<string[]> => {
    const response = await admin.post(`/api/stemweeks/${stemweekId}/codes`, { count: addresses.length, addresses });
    expect(response.status).toBe(201);
    return response.body.codes.map((code: { code: string }) => code.code);
  };

  it('does not let an account with a borrowed address vote, and the household letter still counts', async () => {
    const projects = await makeProjects(t, [100]);
    const choices = [{ projectId: projects[0] }];
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['account', 'code'] }));
    const household = address();
    const [letter] = await letters(stemweek.id, [household]);
    const borrower = await resident(t, household, { addressVerified: false, language: 'en' });
    const refused = await borrower.client.post(ballots(stemweek.id), { choices });
    expect([refused.status, refused.body.code, refused.body.details?.[0]?.reason]).toEqual([403, 'NOT_ELIGIBLE', 'ADDRESS_NOT_VERIFIED']);
    expect(refused.body.details[0].message).toMatch(/letter|Werkplaats/);
    expect((await borrower.client.get(`/api/stemweeks/${stemweek.id}`)).body.eligible).toMatchObject({ ok: false, reason: 'ADDRESS_NOT_VERIFIED' });
    expect((await t.client().post(ballots(stemweek.id), { code: letter, choices })).status).toBe(201);
  });

  it('does not let accounts with made-up addresses vote', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['account'] }));
    for (let i = 0; i < 3; i++) {
      const madeUp = await resident(t, address(), { addressVerified: false });
      expect((await madeUp.client.post(ballots(stemweek.id), { choices: [{ projectId: projects[0] }] })).body.code).toBe('NOT_ELIGIBLE');
    }
  });

  it('refuses unbound codes in a stemweek with account voting, so that one person cannot vote twice', async () => {
    const projects = await makeProjects(t, [100]);
    const both = await createStemweek(admin, stemweekBody(projects, { channels: ['account', 'code'] }));
    const unbound = await admin.post(`/api/stemweeks/${both.id}/codes`, { count: 2 });
    expect([unbound.status, unbound.body.code]).toEqual([409, 'UNBOUND_CODES_WITH_ACCOUNTS']);
    expect(unbound.body.message).toMatch(/address/);
    // Without account voting unbound codes are fine; account voting can then not be switched on.
    const codesOnly = await createStemweek(admin, stemweekBody(projects, { channels: ['code'], opensAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect((await admin.post(`/api/stemweeks/${codesOnly.id}/codes`, { count: 2 })).status).toBe(201);
    const switched = await admin.patch(`/api/stemweeks/${codesOnly.id}`, { channels: ['code', 'account'] });
    expect([switched.status, switched.body.code]).toEqual([409, 'UNBOUND_CODES_WITH_ACCOUNTS']);
  });

  it('verifies an address with the letter sent to it, only with that letter, and forgets it when the address changes', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['account', 'code'] }));
    const home = address();
    const elsewhere = address();
    const [letter, otherLetter] = await letters(stemweek.id, [home, elsewhere]);
    const voter = await resident(t, home, { addressVerified: false, language: 'en' });
    const verify = (code: string) => voter.client.post(`/api/stemweeks/${stemweek.id}/address-verification`, { code });
    expect((await verify(otherLetter)).body.code).toBe('CODE_NOT_FOR_ADDRESS');
    expect((await verify('AAAA-BBBB-CCCC')).body.code).toBe('INVALID_CODE');
    expect((await voter.client.get('/api/auth/me')).body.addressVerified).toBe(false);
    expect((await verify(letter)).status).toBe(204);
    expect((await voter.client.get('/api/auth/me')).body.addressVerified).toBe(true);
    expect((await voter.client.post(ballots(stemweek.id), { choices: [{ projectId: projects[0] }] })).status).toBe(201);
    // The letter of that household is now used up by the address's vote.
    expect((await t.client().post(ballots(stemweek.id), { code: letter, choices: [{ projectId: projects[0] }] })).body.code).toBe('ALREADY_VOTED');
    expect((await voter.client.patch('/api/auth/me', { postcode: home.postcode, houseNumber: '1' })).body.addressVerified).toBe(false);
  });

  it('lets a teller verify an address in person, when e-mail and address match the account', async () => {
    const projects = await makeProjects(t, [100]);
    const stemweek = await createStemweek(admin, stemweekBody(projects, { channels: ['account'] }));
    const home = address();
    const voter = await resident(t, home, { addressVerified: false, language: 'en' });
    const [row] = await t.dataSource.query(`SELECT email FROM account WHERE id = $1`, [voter.id]);
    const teller = await newTeller(t, admin);
    const check = (client: ApiClient, body: Record<string, string>) => client.post('/api/accounts/address-verification', body);
    expect((await check(voter.client, { email: row.email, ...home })).status).toBe(403);
    const mismatch = await check(teller, { email: row.email, postcode: home.postcode, houseNumber: '1' });
    expect([mismatch.status, mismatch.body]).toEqual([422, expect.objectContaining({ code: 'ADDRESS_NOT_MATCHED' })]);
    expect((await check(teller, { email: row.email, postcode: home.postcode.toLowerCase().replace(' ', ''), houseNumber: home.houseNumber })).status).toBe(204);
    expect((await voter.client.post(ballots(stemweek.id), { choices: [{ projectId: projects[0] }] })).status).toBe(201);
  });
});
