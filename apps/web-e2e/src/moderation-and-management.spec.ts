import { Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_PASSWORD, signInThroughForm } from './support/accounts';
import { apiPost } from './support/api';
import { expectAccessible } from './support/axe';

/**
 * Issue 2 and 4 in the browser: an admin manages the contact persons of a theme, a resident follows a theme, a project
 * lead edits an update, and an update a visitor reported is hidden by an admin with a reason everyone then sees.
 */

const RESIDENT = 'bewoner@wijkdeal.test';
const PROJECT_LEAD = 'projectlid@wijkdeal.test';

/** A browser of its own, signed in through the API (the page shares the cookies). */
async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await apiPost(context.request, '/api/auth/login', { email, password: DEMO_PASSWORD });
  return { context, page: await context.newPage() };
}

test('an admin makes a resident contact person of a theme on the theme page, and ends it again', async ({ browser }) => {
  const admin = await signedIn(browser, DEMO_ADMIN);
  const page = admin.page;
  await page.goto('/themas/verkeer-veiligheid');
  await expect(page.getByRole('heading', { level: 1, name: 'Verkeer & Veiligheid' })).toBeVisible();
  const manage = page.getByRole('region', { name: 'Contactpersonen beheren' });
  await expect(manage).toBeVisible();
  await expectAccessible(page);

  // Adding without choosing an account first is caught, with the error summary focused.
  await manage.getByRole('button', { name: 'Toevoegen als contactpersoon' }).click();
  await expect(manage.getByRole('alert').filter({ hasText: 'Zoek en kies eerst een account.' })).toBeFocused();

  await manage.getByLabel('Zoek een account op naam of e-mailadres').fill(RESIDENT);
  await manage.getByRole('button', { name: 'Zoeken' }).click();
  await expect(manage.getByRole('status').filter({ hasText: '1 account gevonden.' })).toBeVisible();
  await manage.getByRole('radio', { name: `Bram Bewoner (${RESIDENT})` }).check();
  await manage.getByRole('radio', { name: 'Gemeente Groningen' }).check();
  await expect(manage.getByText('Gekozen: Bram Bewoner')).toBeVisible();
  await expectAccessible(page);
  await manage.getByRole('button', { name: 'Toevoegen als contactpersoon' }).click();
  await expect(manage.getByRole('status').filter({ hasText: 'Bram Bewoner is nu contactpersoon van dit thema.' })).toBeFocused();
  const publicContacts = page.getByRole('region', { name: 'Contactpersonen', exact: true });
  await expect(publicContacts.getByRole('listitem').filter({ hasText: 'Bram Bewoner' })).toContainText('Gemeente Groningen');
  await expectAccessible(page);

  // Everyone sees it, also after a reload: it was saved.
  await page.reload();
  await expect(publicContacts.getByRole('listitem').filter({ hasText: 'Bram Bewoner' })).toBeVisible();

  // Removing takes a second, explicit step.
  await manage.getByRole('button', { name: /^Verwijderen\s*: Bram Bewoner$/ }).click();
  const yes = manage.getByRole('button', { name: 'Ja, verwijderen' });
  await expect(yes).toBeFocused();
  await expect(manage.getByText('Weet je zeker dat Bram Bewoner geen contactpersoon meer is van dit thema?')).toBeVisible();
  await expectAccessible(page);
  await yes.click();
  await expect(manage.getByRole('status').filter({ hasText: 'Bram Bewoner is geen contactpersoon meer van dit thema.' })).toBeFocused();
  await expect(publicContacts).not.toContainText('Bram Bewoner');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Verkeer & Veiligheid' })).toBeVisible();
  await expect(publicContacts).not.toContainText('Bram Bewoner');
  await expectAccessible(page);

  await admin.context.close();
});

test('a resident follows a theme and stops following it', async ({ page }) => {
  await signInThroughForm(page, RESIDENT, DEMO_PASSWORD);
  await page.goto('/themas/bouw-duurzaamheid');
  await expect(page.getByRole('heading', { level: 1, name: 'Bouw & Duurzaamheid' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contactpersonen beheren' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Volg dit thema' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je volgt dit thema.' })).toBeVisible();
  await expectAccessible(page);

  // The page learns from the API that the resident follows it.
  await page.reload();
  const stop = page.getByRole('button', { name: 'Niet meer volgen' });
  await expect(stop).toBeVisible();
  await expectAccessible(page);
  await stop.click();
  await expect(page.getByRole('status').filter({ hasText: 'Je volgt dit thema niet meer.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volg dit thema' })).toBeVisible();
});

test('a project lead edits an update; a visitor reports it; an admin hides it with a reason that visitors then see', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const text = `De nieuwe schommel is geplaatst ${stamp}.`;
  const edited = `De nieuwe schommel en de wip zijn geplaatst ${stamp}.`;
  const reportReason = `Hier staat een telefoonnummer van iemand ${stamp}`;
  const hideReason = `Privégegevens weggehaald ${stamp}`;

  // The lead shares progress and then corrects the text in place.
  const lead = await signedIn(browser, PROJECT_LEAD);
  await lead.page.goto('/projecten/speeltuin-opknappen');
  await expect(lead.page.getByRole('heading', { level: 2, name: 'Voortgang delen' })).toBeVisible();
  await expect(lead.page.getByRole('heading', { level: 2, name: 'Project beheren' })).toBeVisible();
  await expectAccessible(lead.page);
  await lead.page.getByLabel('Wat is er gebeurd?').fill(text);
  await lead.page.getByRole('button', { name: 'Update plaatsen' }).click();
  await expect(lead.page.getByRole('status').filter({ hasText: 'Je update staat nu op de tijdlijn.' })).toBeFocused();
  const entry = lead.page.locator('.timeline > li').filter({ hasText: text });
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('.update__edited')).toHaveCount(0);
  await entry.getByRole('button', { name: /^Bewerken\s*: de update van/ }).click();
  // While it is edited, the text is in the box, not on the page.
  const body = lead.page.getByLabel('Tekst van de update');
  const editing = lead.page.locator('.timeline > li').filter({ has: body });
  await expect(body).toBeFocused();
  await expect(body).toHaveValue(text);
  await expectAccessible(lead.page);
  await body.fill(edited);
  await editing.getByRole('button', { name: 'Wijziging opslaan' }).click();
  const editedEntry = lead.page.locator('.timeline > li').filter({ hasText: edited });
  await expect(editedEntry.getByRole('status').filter({ hasText: 'De update is aangepast.' })).toBeFocused();
  await expect(editedEntry.locator('.update__edited')).toHaveText('(bewerkt)');
  await expectAccessible(lead.page);

  // A visitor reports it.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/projecten/speeltuin-opknappen');
  const visitorEntry = visitor.locator('.timeline > li').filter({ hasText: edited });
  await expect(visitorEntry).toContainText('(bewerkt)');
  await expect(visitorEntry.getByRole('button', { name: /^Bewerken/ })).toHaveCount(0);
  await expect(visitorEntry.getByRole('button', { name: /^Verbergen/ })).toHaveCount(0);
  await expect(visitor.getByRole('heading', { level: 2, name: 'Project beheren' })).toHaveCount(0);
  await expectAccessible(visitor);
  await visitorEntry.getByRole('button', { name: /^Melden\s*: de update van/ }).click();
  await visitorEntry.getByLabel('Waarom meld je dit?').fill(reportReason);
  await visitorEntry.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(visitorEntry.getByRole('status').filter({ hasText: 'Bedankt voor je melding.' })).toBeFocused();
  await expectAccessible(visitor);

  // The admin finds the report through Mijn account and hides the update with a reason.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInThroughForm(admin, DEMO_ADMIN, DEMO_PASSWORD);
  await admin.getByRole('link', { name: 'Gemelde ideeën en updates bekijken' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Gemelde ideeën en updates' })).toBeVisible();
  await expect(admin).toHaveTitle('Gemelde ideeën en updates · Wijkdeal');
  const reported = admin.getByRole('article').filter({ hasText: reportReason });
  await expect(reported.getByRole('heading', { level: 3 })).toHaveText('Gemelde update');
  await expectAccessible(admin);
  await reported.getByRole('button', { name: /^Verbergen/ }).click();
  const reason = reported.getByLabel('Waarom verberg je dit?');
  await expect(reason).toBeFocused();
  await expectAccessible(admin);
  await reason.fill(hideReason);
  await reported.getByRole('button', { name: /^Verbergen/ }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De melding is afgehandeld' })).toBeFocused();
  await expect(admin.getByText(reportReason)).toHaveCount(0);
  await expectAccessible(admin);
  await admin.reload();
  await expect(admin.getByRole('heading', { level: 1, name: 'Gemelde ideeën en updates' })).toBeVisible();
  await expect(admin.getByRole('heading', { level: 2, name: /open melding/ })).toBeVisible();
  await expect(admin.getByText(reportReason)).toHaveCount(0);

  // A visitor sees the reason in place of the text.
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeVisible();
  await expect(visitor.getByText(`Verborgen door beheer: ${hideReason}`)).toBeVisible();
  await expect(visitor.getByText(edited)).toHaveCount(0);
  await expectAccessible(visitor);

  for (const context of [lead.context, visitorContext, adminContext]) await context.close();
});

test('the admin parts fit a 320 px wide screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await apiPost(context.request, '/api/auth/login', { email: DEMO_ADMIN, password: DEMO_PASSWORD });
  const page = await context.newPage();
  const pages = [
    { path: '/themas/verkeer-veiligheid', heading: 'Contactpersonen beheren' },
    { path: '/projecten/speeltuin-opknappen', heading: 'Project beheren' },
    { path: '/beheer/meldingen', heading: 'Gemelde ideeën en updates' },
  ];
  for (const { path, heading } of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  }
  await context.close();
});
