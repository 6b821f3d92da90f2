import FeedParser from 'feedparser';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { NotificationMailService } from '@wijkdeal/follows-api';
import { ApiClient } from '../testing/api-client';
import { DEMO, signedInResident, startTestApp, TestApp } from '../testing/test-app';

const GREEN = '7e3e0000-0000-4000-8000-000000000001';
const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

/** Parses with a standard feed parser (feedparser), as a feed reader would. */
async function parseFeed(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({});
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

async function photo(format: 'jpeg' | 'png', withGps = false): Promise<Buffer> {
  let image = sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).toFormat(format);
  if (withGps) image = image.withExif({ IFD0: { Copyright: 'Wijkdeal test', Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 11/1 0/1' } });
  return image.toBuffer();
}

async function upload(client: ApiClient, bytes: Buffer, name: string, type: string) {
  await client.get('/api/health');
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const cookies = ['XSRF-TOKEN', 'wd_session'].map((n) => `${n}=${client.cookie(n) ?? ''}`).join('; ');
  const response = await fetch(`${client.baseUrl}/api/photos`, { method: 'POST', body: form, headers: { cookie: cookies, 'x-xsrf-token': client.cookie('XSRF-TOKEN') ?? '' } });
  return { status: response.status, body: await response.json() };
}

describe('projects from idea to done (integration)', () => {
  let t: TestApp;
  let contact: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ ownDatabase: true, env: { MAIL_WORKER_SECONDS: '0' } });
    contact = t.client();
    await contact.signIn(DEMO.contact, DEMO.password);
    admin = t.client();
    await admin.signIn(DEMO.admin, DEMO.password);
  });
  afterAll(() => t.close());
  const verifiedResident = (label: string) => signedInResident(t, label, { verified: true });



  it('walks an idea to a project: propose, support, question, answer, accept; the proposer hears each step', async () => {
    const proposer = await verifiedResident('Ilse');
    const created = await proposer.client.post('/api/proposals', { title: 'Bankjes langs de vijver', description: 'Oudere buren willen onderweg even kunnen zitten.', themeId: GREEN, place: 'Vijver', estimatedCost: 2500 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'submitted', supportCount: 0, authorName: 'Ilse', canReview: false });

    const supporter = await verifiedResident('Steun');
    expect((await supporter.client.put(`/api/proposals/${created.body.id}/support`)).status).toBe(204);
    expect((await supporter.client.put(`/api/proposals/${created.body.id}/support`)).status).toBe(204);
    expect((await t.client().get(`/api/proposals/${created.body.id}`)).body.supportCount).toBe(1);

    expect((await proposer.client.post(`/api/proposals/${created.body.id}/accept`, {})).status).toBe(403);
    const asked = await contact.post(`/api/proposals/${created.body.id}/questions`, { body: 'Hoeveel bankjes denk je?' });
    expect(asked.body.status).toBe('question');
    const answered = await proposer.client.post(`/api/proposals/${created.body.id}/answers`, { body: 'Drie, verspreid langs het pad.' });
    expect(answered.body.status).toBe('submitted');
    const accepted = await contact.post(`/api/proposals/${created.body.id}/accept`, { titleEn: 'Benches along the pond' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.messages.map((m: { kind: string }) => m.kind)).toEqual(['question', 'answer', 'accepted']);
    expect((await contact.post(`/api/proposals/${created.body.id}/decline`, { body: 'Toch niet' })).body.code).toBe('PROPOSAL_ALREADY_DECIDED');

    const project = await t.client().get(`/api/projects/${accepted.body.project.slug}`);
    expect(project.body).toMatchObject({ status: 'proposed', title: { nl: 'Bankjes langs de vijver', en: 'Benches along the pond' }, proposal: { id: created.body.id }, costEstimate: 2500 });
    expect((await proposer.client.get(`/api/projects/${project.body.id}`)).body.followedByMe).toBe(true);
    const notes = await proposer.client.get('/api/notifications');
    expect(notes.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual(['proposal-accepted', 'proposal-question']);
    expect(notes.body.unread).toBe(2);

    // AVG export: the idea, its answer and the follow are in the proposer's own data.
    const exported = (await proposer.client.get('/api/auth/me/export')).body;
    expect(exported.proposals).toEqual([expect.objectContaining({ title: 'Bankjes langs de vijver', status: 'accepted' })]);
    expect(exported.proposalMessages).toEqual([expect.objectContaining({ kind: 'answer', body: 'Drie, verspreid langs het pad.' })]);
    expect(exported.follows).toEqual([expect.objectContaining({ targetType: 'project', targetId: project.body.id })]);
    expect(exported.stemweeksTakenPartIn).toEqual([]);
  });

  it('lets only members of the group post updates; a post moves the project and tells followers', async () => {
    const projectId = '9c000000-0000-4000-8000-000000000001';
    await t.dataSource.query(`UPDATE project SET status = 'selected', progress = 0 WHERE id = $1`, [projectId]);
    const outsider = await verifiedResident('Buiten');
    const follower = await verifiedResident('Volger');
    await follower.client.put(`/api/follows/project/${projectId}`);
    const forbidden = await outsider.client.post(`/api/projects/${projectId}/updates`, { body: 'Ik doe ook mee!', progress: 90 });
    expect(forbidden.status).toBe(403);
    expect((await t.client().get(`/api/projects/${projectId}`)).body.progress).toBe(0);

    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    const milestone = await member.post(`/api/projects/${projectId}/milestones`, { title: 'Toestellen besteld', plannedOn: '2027-03-01' });
    expect(milestone.status).toBe(201);
    const uploaded = await upload(member, await photo('jpeg', true), 'speeltuin.jpg', 'image/jpeg');
    expect(uploaded.status).toBe(201);
    const posted = await member.post(`/api/projects/${projectId}/updates`, { body: 'De **toestellen** zijn besteld.', progress: 40, status: 'in-progress', milestoneId: milestone.body.id, photoIds: [uploaded.body.id] });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ progress: 40, status: 'in-progress', milestone: { title: 'Toestellen besteld' }, photoIds: [uploaded.body.id], authorName: 'Priya Projectlid' });

    const detail = (await t.client().get(`/api/projects/${projectId}`)).body;
    expect(detail).toMatchObject({ progress: 40, status: 'in-progress' });
    expect(detail.milestones.find((m: { title: string }) => m.title === 'Toestellen besteld').doneAt).not.toBeNull();
    expect(detail.updates[0].id).toBe(posted.body.id);
    const notes = (await follower.client.get('/api/notifications')).body;
    expect(notes.items[0]).toMatchObject({ kind: 'project-update', link: '/projecten/speeltuin-opknappen', read: false });
    expect((await outsider.client.get('/api/notifications')).body.total).toBe(0);

    const wrongStatus = await member.post(`/api/projects/${projectId}/updates`, { body: 'Terug naar af', status: 'candidate' });
    expect(wrongStatus.status).toBe(400);
  });

  it('stores photos re-encoded without location data, and refuses wrong types and oversized files', async () => {
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    const withGps = await photo('jpeg', true);
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const stored = await upload(member, withGps, 'a.jpg', 'image/jpeg');
    const served = await fetch(`${t.url}/api/photos/${stored.body.id}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined();

    const text = await upload(member, Buffer.from('#!/bin/sh\necho hallo\n'), 'foto.jpg', 'image/jpeg');
    expect(text.status).toBe(400);
    expect(text.body).toMatchObject({ code: 'PHOTO_TYPE_NOT_ALLOWED', message: 'Dit bestand is geen foto die we kennen. Kies een JPEG-, PNG- of WebP-foto.' });
    const huge = await upload(member, Buffer.alloc(6 * 1024 * 1024, 1), 'groot.jpg', 'image/jpeg');
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM photo WHERE uploaded_by = (SELECT id FROM account WHERE email = $1)`, [DEMO.projectMember]);
    expect(n).toBe(2);
  });

  it('keeps script as inert text in every field and escapes it in the Atom feed', async () => {
    const proposer = await verifiedResident('Script');
    const created = await proposer.client.post('/api/proposals', { title: SCRIPT, description: SCRIPT, themeId: GREEN, place: SCRIPT });
    expect(created.body.title).toBe(SCRIPT);
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: `Let op: ${SCRIPT}` });
    const response = await fetch(`${t.url}/api/feeds/projects/9c000000-0000-4000-8000-000000000001.atom`);
    const xml = await response.text();
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    // A feed reader gets the markup back as plain text (type="text"), never as elements.
    const feed = await parseFeed(xml);
    expect(feed.items[0].summary).toContain('Let op: <script>window.__pwned = 1</script>');
  });

  it('serves Atom feeds per project, per theme and for all updates that a standard parser reads', async () => {
    for (const path of ['/api/feeds/updates.atom', '/api/feeds/themes/groen-buitenzijn.atom', '/api/feeds/projects/9c000000-0000-4000-8000-000000000001.atom']) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/atom+xml');
      const feed = await parseFeed(await response.text());
      expect(feed.meta['#type']).toBe('atom');
      expect(feed.items.length).toBeGreaterThan(0);
      expect(feed.items[0].link).toMatch(/^http:\/\/localhost:3000\/projecten\//);
    }
    expect((await fetch(`${t.url}/api/feeds/themes/bestaat-niet.atom`)).status).toBe(404);
    expect((await fetch(`${t.url}/api/feeds/projects/9c000000-0000-4000-8000-000000000001.rss`)).status).toBe(404);
  });

  it('collects several events into one weekly digest, sent once even by two workers at the same moment', async () => {
    const follower = await verifiedResident('Digest');
    await follower.client.put('/api/follows/project/9c000000-0000-4000-8000-000000000002');
    await follower.client.put('/api/follows/project/9c000000-0000-4000-8000-000000000007');
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    // The demo member joins the two projects so it may post there.
    await admin.post('/api/projects/9c000000-0000-4000-8000-000000000002/members', { accountId: 'acc00000-0000-4000-8000-000000000005', role: 'member' });
    await admin.post('/api/projects/9c000000-0000-4000-8000-000000000007/members', { accountId: 'acc00000-0000-4000-8000-000000000005', role: 'member' });
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000002/updates', { body: 'Eerste oogst binnen.' });
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000007/updates', { body: 'Tien huizen bezocht.' });
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000007/updates', { body: 'Nog tien huizen op de lijst.' });

    const mailer = t.app.get(NotificationMailService);
    await Promise.all([mailer.deliver(), mailer.deliver()]);
    const mails: { subject: string; text: string }[] = await t.dataSource.query(`SELECT subject, text FROM captured_mail WHERE to_address = $1 AND subject LIKE 'Wijkdeal:%'`, [follower.email]);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Wijkdeal: 3 berichten voor jou');
    expect(mails[0].text).toContain('Eerste oogst binnen.');
    expect(mails[0].text).toContain('Nog tien huizen op de lijst.');
    expect(mails[0].text).toMatch(/meldingen\/afmelden\?account=[0-9a-f-]+&token=/);

    // A new event within the week waits for the next digest.
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000002/updates', { body: 'Tweede oogst.' });
    await mailer.deliver();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM captured_mail WHERE to_address = $1 AND subject LIKE 'Wijkdeal:%'`, [follower.email]))[0].n).toBe(1);
    await mailer.deliver(new Date(Date.now() + 8 * 24 * 3_600_000));
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM captured_mail WHERE to_address = $1 AND subject LIKE 'Wijkdeal:%'`, [follower.email]))[0].n).toBe(2);
  });

  it('mails instant followers once per event, and a one-click unsubscribe without sign-in stops the mail', async () => {
    const follower = await verifiedResident('Direct');
    expect((await follower.client.patch('/api/notifications/settings', { emailFrequency: 'instant' })).body).toEqual({ emailFrequency: 'instant' });
    await follower.client.put('/api/follows/project/9c000000-0000-4000-8000-000000000001');
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: 'Het hek staat er.' });
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: 'De glijbaan staat er.' });
    const mailer = t.app.get(NotificationMailService);
    await mailer.deliver();
    await mailer.deliver();
    const mails: { subject: string; text: string }[] = await t.dataSource.query(`SELECT subject, text FROM captured_mail WHERE to_address = $1 AND subject LIKE 'Wijkdeal:%' ORDER BY created_at`, [follower.email]);
    expect(mails.map((m) => m.subject)).toEqual(['Wijkdeal: Nieuws over Speeltuin in het hart van de wijk opknappen', 'Wijkdeal: Nieuws over Speeltuin in het hart van de wijk opknappen']);

    const link = new URL(/http\S+meldingen\/afmelden\S+/.exec(mails[0].text)?.[0] ?? '');
    const visitor = t.client();
    expect((await visitor.post('/api/notifications/unsubscribe', { account: link.searchParams.get('account'), token: 'vervalst' })).status).toBe(400);
    expect((await visitor.post('/api/notifications/unsubscribe', { account: link.searchParams.get('account'), token: link.searchParams.get('token') })).status).toBe(204);
    expect((await follower.client.get('/api/notifications/settings')).body).toEqual({ emailFrequency: 'never' });
    await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: 'Open!' });
    await mailer.deliver(new Date(Date.now() + 60_000));
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM captured_mail WHERE to_address = $1 AND subject LIKE 'Wijkdeal:%'`, [follower.email]))[0].n).toBe(2);
  });

  it('lets a resident follow a whole theme and hear about updates of all its projects', async () => {
    const follower = await verifiedResident('Thema');
    expect((await follower.client.put(`/api/follows/theme/${GREEN}`)).status).toBe(204);
    expect((await follower.client.put('/api/follows/theme/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await follower.client.put(`/api/follows/wijk/${GREEN}`)).status).toBe(404);
    expect((await follower.client.get('/api/follows')).body).toEqual([expect.objectContaining({ targetType: 'theme', targetId: GREEN })]);
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    const posted = await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: 'Nieuws uit het groene thema.' });
    expect(posted.body.canEdit).toBe(true);
    expect((await follower.client.get('/api/projects/9c000000-0000-4000-8000-000000000001')).body.updates[0]).toMatchObject({ id: posted.body.id, canEdit: false });
    expect((await follower.client.get('/api/notifications')).body.items[0]).toMatchObject({ kind: 'project-update', body: { nl: 'Nieuws uit het groene thema.' } });
    expect((await follower.client.delete(`/api/follows/theme/${GREEN}`)).status).toBe(204);
    expect((await follower.client.get('/api/follows')).body).toEqual([]);
  });

  it('lets the author edit an update and an admin correct it, each with an edit mark', async () => {
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    const posted = await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: 'Tikfoutt' });
    const edited = await member.patch(`/api/projects/9c000000-0000-4000-8000-000000000001/updates/${posted.body.id}`, { body: 'Tikfout' });
    expect(edited.body).toMatchObject({ body: 'Tikfout', edited: { byAdmin: false } });
    const other = await verifiedResident('Ander');
    expect((await other.client.patch(`/api/projects/9c000000-0000-4000-8000-000000000001/updates/${posted.body.id}`, { body: 'Gekaapt' })).status).toBe(403);
    const corrected = await admin.patch(`/api/projects/9c000000-0000-4000-8000-000000000001/updates/${posted.body.id}`, { body: 'Tikfout, gecorrigeerd' });
    expect(corrected.body).toMatchObject({ body: 'Tikfout, gecorrigeerd', edited: { byAdmin: true } });
  });

  it('hides reported content with a reason that everyone sees', async () => {
    const proposer = await verifiedResident('Spam');
    const created = await proposer.client.post('/api/proposals', { title: 'Koop nu goedkope horloges', description: 'Spam spam spam', themeId: GREEN });
    expect((await t.client().post('/api/reports', { targetType: 'proposal', targetId: created.body.id, reason: 'Reclame' })).status).toBe(204);
    expect((await proposer.client.get('/api/reports')).status).toBe(403);
    const reports = await admin.get('/api/reports');
    expect(reports.body).toContainEqual(expect.objectContaining({ targetId: created.body.id, reason: 'Reclame', link: `/ideeen/${created.body.id}`, excerpt: 'Koop nu goedkope horloges' }));
    const member = t.client();
    await member.signIn(DEMO.projectMember, DEMO.password);
    const update = await member.post('/api/projects/9c000000-0000-4000-8000-000000000001/updates', { body: 'Kijk op mijn webwinkel voor korting!' });
    await t.client().post('/api/reports', { targetType: 'update', targetId: update.body.id, reason: 'Reclame in een update' });
    expect((await admin.get('/api/reports')).body).toContainEqual(expect.objectContaining({ targetId: update.body.id, link: '/projecten/speeltuin-opknappen', excerpt: 'Kijk op mijn webwinkel voor korting!' }));
    expect((await admin.post(`/api/moderation/proposal/${created.body.id}/hide`, { reason: 'Reclame, geen idee voor de wijk' })).status).toBe(204);
    const seen = (await t.client().get(`/api/proposals/${created.body.id}`)).body;
    expect(seen).toMatchObject({ title: '', description: '', hidden: { reason: 'Reclame, geen idee voor de wijk' } });
    expect((await admin.get(`/api/proposals/${created.body.id}`)).body.title).toBe('Koop nu goedkope horloges');
  });

  it('lets a resident ask to join; the lead adds them and they may then post', async () => {
    const joiner = await verifiedResident('Meedoen');
    const projectId = '9c000000-0000-4000-8000-000000000001';
    expect((await joiner.client.post(`/api/projects/${projectId}/join-requests`, { message: 'Ik kan timmeren.' })).status).toBe(204);
    const lead = t.client();
    await lead.signIn(DEMO.projectMember, DEMO.password);
    const requests = await lead.get(`/api/projects/${projectId}/join-requests`);
    expect(requests.body).toContainEqual(expect.objectContaining({ accountId: joiner.id, message: 'Ik kan timmeren.' }));
    expect((await joiner.client.get(`/api/projects/${projectId}/join-requests`)).status).toBe(403);
    expect((await lead.post(`/api/projects/${projectId}/members`, { accountId: joiner.id, role: 'member' })).status).toBe(204);
    expect((await joiner.client.post(`/api/projects/${projectId}/updates`, { body: 'Eerste klus gedaan.' })).status).toBe(201);
  });

  it('shows the latest updates everywhere and the selected projects at a glance', async () => {
    const overview = (await t.client().get('/api/updates?pageSize=5')).body;
    expect(overview.updates.length).toBeGreaterThan(0);
    expect(overview.updates.length).toBeLessThanOrEqual(5);
    expect(overview.updates[0].project.slug).toBeTruthy();
    expect(overview.selected.every((p: { status: string }) => ['selected', 'in-progress', 'paused', 'done'].includes(p.status))).toBe(true);
  });
});
