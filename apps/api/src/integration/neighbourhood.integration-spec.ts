import ICAL from 'ical.js';
import { formatInZone } from '@wijkdeal/shared-contracts';
import { ApiClient } from '../testing/api-client';
import { DEMO, signedInResident, startTestApp, TestApp, uniqueEmail } from '../testing/test-app';

const GREEN = '7e3e0000-0000-4000-8000-000000000001';
const PLAYGROUND = '9c000000-0000-4000-8000-000000000001';

/** Parses with ical.js (Mozilla's iCalendar library) and returns each event's start in Amsterdam local time. */
function parseCalendar(text: string): { summary: string; local: string; utc: string; status: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component: { getFirstPropertyValue(name: string): unknown }) => {
    const event = new ICAL.Event(component);
    const start = event.startDate.toJSDate();
    return { summary: event.summary, local: formatInZone(start), utc: start.toISOString(), status: String(component.getFirstPropertyValue('status')) };
  });
}

describe('koplopers, meetings, café, werkplaats, contacts and news (integration)', () => {
  let t: TestApp;
  let koploper: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ ownDatabase: true, env: { MAIL_WORKER_SECONDS: '0' } });
    koploper = t.client();
    await koploper.signIn(DEMO.koploper, DEMO.password);
    admin = t.client();
    await admin.signIn(DEMO.admin, DEMO.password);
  });
  afterAll(() => t.close());



  it('lets a resident apply as koploper; the admin accepts, the role and a notification follow; the role can end', async () => {
    const applicant = await signedInResident(t, 'Kandidaat');
    const applied = await applicant.client.post('/api/koplopers/applications', { motivation: 'Ik woon hier al dertig jaar.' });
    expect(applied.status).toBe(201);
    expect((await applicant.client.post('/api/koplopers/applications', { motivation: 'Nog een keer' })).status).toBe(409);
    expect((await applicant.client.get('/api/koplopers/applications')).status).toBe(403);
    const accepted = await admin.post(`/api/koplopers/applications/${applied.body.id}/accept`, {});
    expect(accepted.body.status).toBe('accepted');
    expect((await applicant.client.get('/api/auth/me')).body.roles).toContain('koploper');
    expect((await applicant.client.get('/api/notifications')).body.items[0]).toMatchObject({ kind: 'koploper-accepted', title: { nl: 'Welkom als koploper!' } });

    expect((await t.client().get('/api/koplopers')).body.map((k: { name: string }) => k.name)).not.toContain('Kandidaat');
    await applicant.client.put('/api/koplopers/me', { bio: 'Buurvrouw met groene vingers.', isPublic: true });
    expect((await t.client().get('/api/koplopers')).body).toContainEqual(expect.objectContaining({ name: 'Kandidaat', bio: 'Buurvrouw met groene vingers.' }));
    expect((await admin.delete(`/api/koplopers/${applicant.id}`)).status).toBe(204);
    expect((await applicant.client.get('/api/auth/me')).body.roles).not.toContain('koploper');
    expect((await t.client().get('/api/koplopers')).body.map((k: { name: string }) => k.name)).not.toContain('Kandidaat');

    const declined = await signedInResident(t, 'Afgewezen');
    const second = await declined.client.post('/api/koplopers/applications', { motivation: 'Graag!' });
    await admin.post(`/api/koplopers/applications/${second.body.id}/decline`, { reason: 'De groep is vol.' });
    expect((await declined.client.get('/api/notifications')).body.items[0].body.nl).toContain('De groep is vol.');
  });

  it('runs a meeting: plan, attendance, minutes with a private part, a decision that creates a project, an action item', async () => {
    const planned = await koploper.post('/api/meetings', {
      startsAt: '2027-01-12T19:30',
      agenda: [{ title: 'Stand van de speeltuin', projectId: PLAYGROUND }, { title: 'Groen in de wijk', themeId: GREEN }],
    });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({ title: 'Koplopersoverleg', place: 'Wijkdealwerkplaats', startsAt: '2027-01-12T18:30:00.000Z' });
    expect(planned.body.agenda.map((a: { title: string }) => a.title)).toEqual(['Stand van de speeltuin', 'Groen in de wijk']);
    const id = planned.body.id;

    const present = (await koploper.get('/api/auth/me')).body.id;
    await koploper.put(`/api/meetings/${id}/attendance`, { accountIds: [present, 'acc00000-0000-4000-8000-000000000001'] });
    await koploper.put(`/api/meetings/${id}/minutes`, { publicMinutes: 'We bespraken de speeltuin.', privateMinutes: 'Vertrouwelijk: budgetzorgen bij de corporatie.' });
    const decision = await koploper.post(`/api/meetings/${id}/decisions`, {
      text: 'We starten een project voor een buurtbibliotheek.',
      effect: 'create-project',
      themeId: GREEN,
      title: 'Minibieb bij het wijkcentrum',
      summary: 'Een kastje met boeken om te ruilen.',
    });
    expect(decision.status).toBe(201);
    expect(decision.body).toMatchObject({ effect: 'created-project', project: { slug: 'minibieb-bij-het-wijkcentrum' } });
    const project = await t.client().get(`/api/projects/${decision.body.project.slug}`);
    expect(project.body).toMatchObject({ status: 'proposed', title: { nl: 'Minibieb bij het wijkcentrum' } });
    expect((await t.client().get(`/api/projects/${project.body.id}/decisions`)).body[0].text).toBe('We starten een project voor een buurtbibliotheek.');

    // A project that was never selected cannot start; the selected playground can.
    const trees = '9c000000-0000-4000-8000-000000000003';
    const refused = await koploper.post(`/api/meetings/${id}/decisions`, { text: 'De bomen gaan van start.', effect: 'project-status', projectId: trees, status: 'in-progress' });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0]).toMatchObject({ field: 'status', reason: 'statusTransition' });
    expect((await t.client().get(`/api/projects/${trees}/decisions`)).body).toEqual([]);
    await t.dataSource.query(`UPDATE project SET status = 'selected' WHERE id = $1`, [PLAYGROUND]);
    expect((await koploper.post(`/api/meetings/${id}/decisions`, { text: 'De speeltuin gaat van start.', effect: 'project-status', projectId: PLAYGROUND, status: 'in-progress' })).status).toBe(201);
    expect((await t.client().get(`/api/projects/${PLAYGROUND}`)).body.status).toBe('in-progress');

    const overdue = await koploper.post(`/api/meetings/${id}/action-items`, { title: 'Kastje bestellen', ownerId: present, dueOn: '2020-01-01', projectId: project.body.id });
    const later = await koploper.post(`/api/meetings/${id}/action-items`, { title: 'Boeken inzamelen', dueOn: '2099-01-01' });
    const dashboard = (await koploper.get('/api/action-items?status=open')).body;
    expect(dashboard.find((item: { id: string }) => item.id === overdue.body.id)).toMatchObject({ overdue: true, owner: { name: 'Kim Koploper' } });
    expect(dashboard.find((item: { id: string }) => item.id === later.body.id).overdue).toBe(false);
    await koploper.patch(`/api/action-items/${overdue.body.id}`, { status: 'done' });
    expect((await koploper.get('/api/action-items?status=open')).body.map((i: { id: string }) => i.id)).not.toContain(overdue.body.id);

    // Visitors and residents see the public part only, and cannot edit.
    const visitorView = (await t.client().get(`/api/meetings/${id}`)).body;
    expect(visitorView.publicMinutes).toBe('We bespraken de speeltuin.');
    expect(visitorView).toMatchObject({ privateMinutes: null, attendance: null, actionItems: null, canEdit: false });
    expect(JSON.stringify(visitorView)).not.toContain('Vertrouwelijk');
    const { client: someone } = await signedInResident(t, 'Nieuwsgierig');
    expect((await someone.get(`/api/meetings/${id}`)).body.privateMinutes).toBeNull();
    expect((await someone.patch(`/api/meetings/${id}`, { title: 'Gekaapt' })).status).toBe(403);
    expect((await someone.put(`/api/meetings/${id}/minutes`, { publicMinutes: 'x', privateMinutes: 'y' })).status).toBe(403);
    expect((await koploper.get(`/api/meetings/${id}`)).body.privateMinutes).toBe('Vertrouwelijk: budgetzorgen bij de corporatie.');

    // Search finds public words for everyone, private words only for koplopers.
    expect((await t.client().get('/api/meetings?q=speeltuin')).body.items.map((m: { id: string }) => m.id)).toContain(id);
    expect((await t.client().get('/api/meetings?q=budgetzorgen')).body.total).toBe(0);
    expect((await koploper.get('/api/meetings?q=budgetzorgen')).body.items.map((m: { id: string }) => m.id)).toContain(id);
  });

  it('generates the café for the last Wednesday of each month for 24 months; an admin moves or cancels one', async () => {
    const evenings = (await t.client().get('/api/cafe/evenings')).body;
    expect(evenings).toHaveLength(24);
    for (const evening of evenings) {
      const local = formatInZone(new Date(evening.startsAt));
      const date = new Date(`${local.slice(0, 10)}T12:00:00Z`);
      expect(date.getUTCDay()).toBe(3);
      expect(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 7)).getUTCMonth()).not.toBe(date.getUTCMonth());
      expect(local.slice(11, 16)).toBe('19:30');
    }
    const [first, second] = evenings;
    const moved = await admin.patch(`/api/cafe/evenings/${first.id}`, { startsAt: `${formatInZone(new Date(first.startsAt)).slice(0, 10)}T20:00`, place: 'MFC De Wijert' });
    expect(moved.body).toMatchObject({ moved: true, place: 'MFC De Wijert' });
    expect(formatInZone(new Date(moved.body.startsAt)).slice(11, 16)).toBe('20:00');
    await admin.patch(`/api/cafe/evenings/${second.id}`, { cancelled: true, note: 'Vanwege de feestdagen.' });
    expect((await t.client().get('/api/cafe/evenings')).body).toHaveLength(24);
    expect((await t.client().patch(`/api/cafe/evenings/${second.id}`, { cancelled: false })).status).toBe(401);
  });

  it('takes a pitch sign-up without an account; the organiser accepts it into the programme with a project update; the pitcher is mailed', async () => {
    const evening = (await t.client().get('/api/cafe/evenings')).body[2];
    const visitor = t.client();
    const email = uniqueEmail('pitch').toLowerCase();
    const pitch = await visitor.post(`/api/cafe/evenings/${evening.id}/pitches`, { name: 'Fatima', email, topic: 'Een repaircafé in de wijk', minutes: 5 });
    expect(pitch.status).toBe(201);
    expect((await visitor.post(`/api/cafe/evenings/${evening.id}/pitches`, { name: 'Fatima', email, topic: 'x', minutes: 60 })).status).toBe(400);
    expect((await admin.get(`/api/cafe/evenings/${evening.id}/pitches`)).body.map((p: { id: string }) => p.id)).toContain(pitch.body.id);
    expect((await t.client().get(`/api/cafe/evenings/${evening.id}/pitches`)).status).toBe(401);

    await admin.post(`/api/cafe/pitches/${pitch.body.id}/accept`);
    const programme = await admin.put(`/api/cafe/evenings/${evening.id}/programme`, {
      items: [{ kind: 'project-update', projectId: PLAYGROUND, minutes: 10 }, { kind: 'pitch', pitchId: pitch.body.id }],
    });
    expect(programme.body.programme.map((item: { kind: string; title: string }) => [item.kind, item.title])).toEqual([
      ['project-update', 'Speeltuin in het hart van de wijk opknappen'],
      ['pitch', 'Een repaircafé in de wijk'],
    ]);
    const publicView = (await t.client().get(`/api/cafe/evenings/${evening.id}`)).body;
    expect(publicView.programme[1]).toMatchObject({ presenter: 'Fatima', pitchId: pitch.body.id });
    expect(JSON.stringify(publicView)).not.toContain(email);
    const mails: { subject: string }[] = await t.dataSource.query(`SELECT subject FROM captured_mail WHERE to_address = $1 ORDER BY created_at`, [email]);
    expect(mails.map((m) => m.subject)).toEqual(['Wijkdealcafé: We hebben je aanmelding voor een pitch ontvangen', 'Wijkdealcafé: Je pitch staat op het programma']);
  });

  it('serves iCalendar feeds that a standard parser reads, with the right Amsterdam local times', async () => {
    const cafe = await fetch(`${t.url}/api/calendar/cafe.ics`);
    expect(cafe.headers.get('content-type')).toContain('text/calendar');
    const events = parseCalendar(await cafe.text());
    expect(events).toHaveLength(24);
    const active = events.filter((event) => event.status !== 'CANCELLED');
    expect(active.every((event) => event.local.slice(11, 16) === '19:30' || event.local.slice(11, 16) === '20:00')).toBe(true);
    // Summer and winter evenings: 19:30 local is 17:30 UTC in summer and 18:30 UTC in winter.
    const summer = events.find((event) => event.local.slice(5, 7) === '07');
    const winter = events.find((event) => event.local.slice(5, 7) === '01' && event.local.slice(11, 16) === '19:30');
    expect(summer?.utc.slice(11, 16)).toBe('17:30');
    expect(winter?.utc.slice(11, 16)).toBe('18:30');
    expect(events.some((event) => event.status === 'CANCELLED')).toBe(true);

    await koploper.post('/api/meetings', { startsAt: '2027-03-28T20:00', title: 'Overleg op de dag van de zomertijd' });
    const meetings = parseCalendar(await (await fetch(`${t.url}/api/calendar/meetings.ics`)).text());
    const dst = meetings.find((event) => event.summary === 'Overleg op de dag van de zomertijd');
    expect(dst).toMatchObject({ local: '2027-03-28T20:00:00+02:00', utc: '2027-03-28T18:00:00.000Z' });
    expect(meetings.every((event) => !event.summary.includes('Vertrouwelijk'))).toBe(true);
  });

  it('lists contact persons without their address and forwards a message by e-mail, rate limited', async () => {
    const contacts = (await t.client().get('/api/contacts')).body;
    const cor = contacts.find((c: { name: string }) => c.name === 'Cor Contact');
    expect(cor).toMatchObject({ organisation: 'Bewoner van De Wijert', theme: { slug: 'groen-buitenzijn' } });
    expect(JSON.stringify(contacts)).not.toContain('@');
    const sender = uniqueEmail('afzender').toLowerCase();
    const sent = await t.client().post(`/api/contacts/${cor.id}/messages`, { name: 'Noor', email: sender, message: 'Kan de stoep bij ons worden gerepareerd?' });
    expect(sent.status).toBe(202);
    expect(JSON.stringify(sent.body ?? '')).not.toContain('contact@wijkdeal.test');
    const [mail] = await t.dataSource.query(`SELECT to_address, text FROM captured_mail WHERE text LIKE $1`, [`%${sender}%`]);
    expect(mail.to_address).toBe(DEMO.contact);
    expect(mail.text).toContain('Kan de stoep bij ons worden gerepareerd?');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.client().post(`/api/contacts/${cor.id}/messages`, { name: 'Noor', email: sender, message: `Bericht ${i}` })).status);
    expect(statuses.slice(0, 4)).toEqual([202, 202, 202, 202]);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });

  it('publishes news in two languages with an Atom feed, and reports join the searchable archive', async () => {
    const news = await admin.post('/api/news', { title: { nl: 'Stemweek in maart', en: 'Stemweek in March' }, body: { nl: 'In maart kies je de nieuwe projecten.', en: 'In March you choose the new projects.' } });
    expect(news.status).toBe(201);
    expect((await t.client().get('/api/news')).body.items[0]).toMatchObject({ slug: 'stemweek-in-maart', title: { en: 'Stemweek in March' } });
    const feed = await (await fetch(`${t.url}/api/feeds/news.atom`)).text();
    expect(feed).toContain('<title type="text">Stemweek in maart</title>');
    const evening = (await t.client().get('/api/cafe/evenings')).body[3];
    await admin.put(`/api/cafe/evenings/${evening.id}/report`, { nl: 'Twaalf buren en een mooie pitch over een repaircafé.', en: 'Twelve neighbours and a fine pitch about a repair café.' });
    const archive = (await t.client().get('/api/archive?q=repaircafé')).body;
    expect(archive.items).toContainEqual(expect.objectContaining({ kind: 'report', link: `/wijkdealcafe/${evening.id}` }));
    expect((await t.client().get('/api/archive?q=maart')).body.items[0]).toMatchObject({ kind: 'news', link: '/nieuws/stemweek-in-maart' });
    expect((await t.client().post('/api/news', { title: { nl: 'x', en: 'x' }, body: { nl: 'x', en: 'x' } })).status).toBe(401);
  });

  it('shows the Werkplaats and lets an admin edit it', async () => {
    const saved = await admin.put('/api/werkplaats', {
      address: 'Van Lenneplaan 109, 9721 PE Groningen',
      openingHours: { nl: 'Dinsdag en donderdag 10.00–16.00 uur', en: 'Tuesday and Thursday 10:00–16:00' },
      team: [{ name: 'Anne', task: { nl: 'Coördinatie', en: 'Coordination' } }],
    });
    expect(saved.status).toBe(200);
    expect((await t.client().get('/api/werkplaats')).body).toMatchObject({ address: 'Van Lenneplaan 109, 9721 PE Groningen', team: [{ name: 'Anne' }] });
    expect((await koploper.put('/api/werkplaats', saved.body)).status).toBe(403);
  });
});
