import { APIRequestContext, Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPost, CapturedMail, uniqueEmail } from './support/api';
import { expectAccessible } from './support/axe';

/**
 * The life of an idea, each person in their own browser: a resident proposes, the theme's contact accepts it as a
 * project, a member posts an update with a photo and 40 %, a follower gets the notification and the e-mail, and
 * the project page shows it all. Script typed into the idea stays text.
 */

const DEMO_PASSWORD = 'wijkdeal-demo';
const NEW_PASSWORD = 'een-lang-wachtwoord';
const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
// A 1×1 PNG: the API checks the bytes, so it must be a real image.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function tempFiles(): { photo: string; notAPhoto: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wijkdeal-e2e-'));
  const photo = join(dir, 'speeltuin.png');
  const notAPhoto = join(dir, 'geen-foto.png');
  writeFileSync(photo, Buffer.from(PNG_BASE64, 'base64'));
  writeFileSync(notAPhoto, '#!/bin/sh\necho hallo\n');
  return { photo, notAPhoto };
}

async function mails(request: APIRequestContext): Promise<CapturedMail[]> {
  return (await (await request.get('/api/dev/mails')).json()) as CapturedMail[];
}

/** A new resident: signs up through the API and confirms the address with the link from the captured mail. */
async function newResident(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page; email: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(name.split(' ')[0]).toLowerCase();
  await apiPost(context.request, '/api/auth/register', { email, password: NEW_PASSWORD, displayName: name });
  let link = '';
  await expect
    .poll(async () => {
      link = /https?:\/\/\S+\/account\/bevestigen\?token=\S+/.exec((await mails(context.request)).find((mail) => mail.to === email)?.text ?? '')?.[0] ?? '';
      return link;
    })
    .not.toBe('');
  const url = new URL(link);
  await page.goto(url.pathname + url.search);
  await expect(page.getByText('Je e-mailadres is bevestigd', { exact: false })).toBeVisible();
  return { context, page, email };
}

async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/account/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

async function signInWithApi(context: BrowserContext, email: string, password: string): Promise<void> {
  await apiPost(context.request, '/api/auth/login', { email, password });
}

test('an idea becomes a project, a member posts progress with a photo, a follower is told in the app and by e-mail', async ({ browser }) => {
  test.setTimeout(240_000);
  const files = tempFiles();
  const title = `Bankjes langs de vijver ${Date.now()}`;

  // A resident proposes an idea, with script in the description and a photo.
  const resident = await newResident(browser, 'Ilse Indiener');
  await expectAccessible(resident.page);
  await signInWithForm(resident.page, resident.email, NEW_PASSWORD);
  await resident.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ideeën' }).click();
  await expect(resident.page.getByRole('heading', { level: 1, name: 'Ideeën' })).toBeVisible();
  await expectAccessible(resident.page);
  await resident.page.getByRole('link', { name: 'Idee indienen' }).click();
  await expect(resident.page.getByRole('heading', { level: 1, name: 'Idee indienen' })).toBeVisible();
  await expectAccessible(resident.page);
  await resident.page.getByRole('button', { name: 'Idee indienen' }).click();
  await expect(resident.page.getByRole('alert').getByText('Niet alles is goed ingevuld')).toBeVisible();
  await expect(resident.page.getByRole('alert')).toBeFocused();
  await resident.page.getByLabel('Titel', { exact: true }).fill(title);
  await resident.page.getByLabel('Beschrijving').fill(`Oudere buren willen onderweg even **zitten**.\n\n${SCRIPT}`);
  await resident.page.getByLabel('Thema').selectOption({ label: 'Groen & Buitenzijn' });
  await resident.page.getByLabel('Plaats in de wijk (mag leeg)').fill('Vijver in het Wijertpark');
  await resident.page.getByLabel('Geschatte kosten in euro (mag leeg)').fill('2500');
  await resident.page.getByLabel('Foto (mag leeg)').setInputFiles(files.photo);
  await expect(resident.page.getByRole('status').filter({ hasText: 'speeltuin.png is toegevoegd.' })).toBeVisible();
  await resident.page.getByRole('button', { name: 'Idee indienen' }).click();
  await expect(resident.page).toHaveURL(/\/ideeen\/[0-9a-f-]{36}$/);
  const ideaUrl = new URL(resident.page.url()).pathname;
  await expect(resident.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(resident.page.getByText('Je idee is ingediend.')).toBeVisible();
  await expect(resident.page.locator('.rich-text p').filter({ hasText: '<script>' })).toHaveText(SCRIPT);
  await expect(resident.page.locator('.rich-text strong')).toHaveText('zitten');
  await expect(resident.page.getByRole('img', { name: `Foto bij het idee ${title}` })).toBeVisible();
  expect(await resident.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectAccessible(resident.page);

  // The theme's contact accepts it as a project.
  const contactContext = await browser.newContext();
  const contact = await contactContext.newPage();
  await signInWithForm(contact, 'contact@wijkdeal.test', DEMO_PASSWORD);
  await expectAccessible(contact);
  await contact.goto(ideaUrl);
  await expect(contact.getByRole('heading', { level: 2, name: 'Idee beoordelen' })).toBeVisible();
  await expect(contact.locator('.rich-text p').filter({ hasText: '<script>' })).toHaveText(SCRIPT);
  await expectAccessible(contact);
  await contact.getByLabel('Titel in het Engels (mag leeg)').fill('Benches along the pond');
  await contact.getByRole('button', { name: 'Accepteren als project' }).click();
  const accepted = contact.getByRole('status').filter({ hasText: 'Het idee is geaccepteerd.' });
  await expect(accepted).toBeFocused();
  await expect(contact.locator('.badge')).toHaveText('Project geworden');
  await expectAccessible(contact);
  await accepted.getByRole('link', { name: 'Bekijk het project' }).click();
  await expect(contact).toHaveURL(/\/projecten\/bankjes-langs-de-vijver-\d+$/);
  await expect(contact.getByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeVisible();
  await expect(contact.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const projectPath = new URL(contact.url()).pathname;
  await expectAccessible(contact);
  expect(await contact.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const project = (await (await contactContext.request.get(`/api${projectPath.replace('/projecten/', '/projects/')}`)).json()) as { id: string };

  // The admin adds the demo project member to the new project's group.
  const adminContext = await browser.newContext();
  await signInWithApi(adminContext, 'admin@wijkdeal.test', DEMO_PASSWORD);
  const accounts = (await (await adminContext.request.get('/api/accounts?q=projectlid')).json()) as { items: { id: string; email: string }[] };
  const member = accounts.items.find((account) => account.email === 'projectlid@wijkdeal.test');
  expect(member).toBeDefined();
  await apiPost(adminContext.request, `/api/projects/${project.id}/members`, { accountId: member?.id, role: 'member' });

  // A follower chooses e-mail "Direct" and follows the project.
  const follower = await newResident(browser, 'Vera Volger');
  await signInWithApi(follower.context, follower.email, NEW_PASSWORD);
  await follower.page.goto('/meldingen');
  await expect(follower.page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await expect(follower.page.getByText('Je hebt nog geen meldingen.', { exact: false })).toBeVisible();
  const frequency = follower.page.getByRole('group', { name: 'Hoe vaak wil je e-mail?' });
  await expect(frequency.getByLabel('Elke week')).toBeChecked();
  await frequency.getByLabel('Direct').check();
  await follower.page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(follower.page.getByText('Je keuze is opgeslagen.')).toBeVisible();
  await expectAccessible(follower.page);
  await follower.page.goto(projectPath);
  await follower.page.getByRole('button', { name: 'Volgen', exact: true }).click();
  await expect(follower.page.getByRole('status').filter({ hasText: 'Je volgt dit project.' })).toBeVisible();
  await expect(follower.page.getByRole('button', { name: 'Niet meer volgen' })).toBeVisible();
  await expectAccessible(follower.page);

  // The member shares progress: a refused file first, then a photo and 40 %.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signInWithApi(memberContext, 'projectlid@wijkdeal.test', DEMO_PASSWORD);
  await memberPage.goto(projectPath);
  await expect(memberPage.getByRole('heading', { level: 2, name: 'Voortgang delen' })).toBeVisible();
  await expectAccessible(memberPage);
  const photos = memberPage.getByLabel("Foto's (mag leeg)");
  await photos.setInputFiles(files.notAPhoto);
  await expect(memberPage.locator('#update-photoIds-error')).toContainText('geen-foto.png: Dit bestand is geen foto die we kennen.');
  await expect(photos).toHaveAttribute('aria-invalid', 'true');
  await photos.setInputFiles(files.photo);
  await expect(memberPage.getByRole('img', { name: 'Gekozen foto 1' })).toBeVisible();
  await memberPage.getByLabel('Wat is er gebeurd?').fill('De **bankjes** zijn besteld.\n\nMeer weten? Kijk op https://wijkdeal.nl.');
  await memberPage.getByLabel('Nieuwe voortgang in procenten (mag leeg)').fill('40');
  await memberPage.getByRole('button', { name: 'Update plaatsen' }).click();
  await expect(memberPage.getByRole('status').filter({ hasText: 'Je update staat nu op de tijdlijn.' })).toBeFocused();
  await expect(memberPage.locator('wd-progress-bar [role="progressbar"]').first()).toHaveAttribute('aria-valuenow', '40');
  await expectAccessible(memberPage);

  // The follower sees the notification in the header and on /meldingen.
  await follower.page.goto('/');
  const account = follower.page.getByRole('navigation', { name: 'Account' });
  await expect(account.getByRole('link', { name: 'Meldingen (1 nieuw)' })).toBeVisible();
  await account.getByRole('link', { name: 'Meldingen (1 nieuw)' }).click();
  const notification = follower.page.locator('.notification').filter({ hasText: `Nieuws over ${title}` });
  await expect(notification).toContainText('De bankjes zijn besteld.');
  await expect(notification).toContainText('Nieuw');
  await expectAccessible(follower.page);
  await follower.page.getByRole('button', { name: 'Alles gelezen' }).click();
  await expect(follower.page.getByRole('status').filter({ hasText: 'Alle meldingen staan op gelezen.' })).toBeVisible();
  await expect(account.getByRole('link', { name: 'Meldingen', exact: true })).toBeVisible();

  // The captured e-mail reaches the follower, with a one-click unsubscribe link that needs no sign-in.
  let mail: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        mail = (await mails(follower.context.request)).find((candidate) => candidate.to === follower.email && candidate.subject === `Wijkdeal: Nieuws over ${title}`);
        return mail?.text ?? '';
      },
      { timeout: 70_000, intervals: [1_000] },
    )
    .toContain('De bankjes zijn besteld.');
  expect(mail?.text).toContain(projectPath);
  const unsubscribe = new URL(/https?:\/\/\S+\/meldingen\/afmelden\?\S+/.exec(mail?.text ?? '')?.[0] ?? 'http://invalid/');
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(unsubscribe.pathname + unsubscribe.search);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Afmelden voor e-mail' })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole('button', { name: 'Afmelden' }).click();
  await expect(visitor.getByRole('status').filter({ hasText: 'Je bent afgemeld.' })).toBeVisible();
  await expectAccessible(visitor);

  // Anyone sees the timeline entry with the photo, and the bar at 40 %.
  await visitor.goto(projectPath);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const bar = visitor.locator('wd-progress-bar').first();
  await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
  await expect(bar).toContainText('40% klaar');
  const entry = visitor.locator('.timeline > li').first();
  await expect(entry.getByRole('heading', { level: 3 })).toHaveText(/^Update van \d{1,2} \p{L}+ \d{4}$/u);
  await expect(entry).toContainText('Door Priya Projectlid');
  await expect(entry.locator('strong')).toHaveText('bankjes');
  await expect(entry.getByRole('link', { name: 'https://wijkdeal.nl' })).toHaveAttribute('href', 'https://wijkdeal.nl');
  await expect(entry).toContainText('Voortgang nu 40%');
  const photo = entry.getByRole('img', { name: /^Foto bij de update van \d{1,2} \p{L}+ \d{4}$/u });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(visitor.getByRole('link', { name: 'Log in om dit project te volgen of om mee te doen' })).toBeVisible();
  await expectAccessible(visitor);

  // The overview shows the update and the project list links to the project.
  await visitor.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ontwikkelingen' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Ontwikkelingen van projecten' })).toBeVisible();
  await expect(visitor.locator('.timeline').getByRole('link', { name: title }).first()).toBeVisible();
  await expectAccessible(visitor);
  expect(await visitor.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  for (const context of [resident.context, contactContext, adminContext, follower.context, memberContext, visitorContext]) await context.close();
});
