import { APIRequestContext, expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_PASSWORD, signInThroughForm } from './support/accounts';
import { CapturedMail, uniqueEmail } from './support/api';
import { expectAccessible } from './support/axe';

/**
 * Issue 5 in the browser: a koploper runs a meeting from the dashboard (attendance, minutes with a private part, a
 * decision that starts a project, an action item), a visitor reads only the public part, and a pitch signed up
 * without an account ends up on the café programme after the organiser accepts it, with the pitcher told by e-mail.
 */

const KOPLOPER = 'koploper@wijkdeal.test';
const PLAYGROUND = 'Speeltuin in het hart van de wijk opknappen';

/** A day counted from today in Amsterdam, as a date input takes it (`YYYY-MM-DD`). */
function amsterdamDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

async function mails(request: APIRequestContext): Promise<CapturedMail[]> {
  return (await (await request.get('/api/dev/mails')).json()) as CapturedMail[];
}

test.describe('koplopers and the Wijkdealcafé', () => {
  test('a koploper plans and records a meeting; the decision starts a project; a visitor sees the public minutes only', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const title = `Koplopersoverleg ${stamp}`;
    const publicMinutes = `We bespraken de speeltuin en een minibieb (${stamp}).`;
    const privateMinutes = `Vertrouwelijk: zorgen over het budget (${stamp}).`;
    const projectTitle = `Minibieb bij het wijkcentrum ${stamp}`;
    const actionTitle = `Kastje bestellen ${stamp}`;

    await signInThroughForm(page, KOPLOPER, DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koplopers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Koplopers' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Jouw koplopersprofiel' })).toBeVisible();
    await expectAccessible(page);

    // Plan the meeting on the dashboard: date and time in Amsterdam, the Werkplaats as the default place, one agenda item.
    await page.getByRole('link', { name: 'Naar het koplopersoverzicht' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Koplopersoverzicht' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Niet alles is goed ingevuld' })).toBeFocused();
    await page.getByLabel('Datum').fill(amsterdamDay(14));
    await page.getByLabel('Begintijd').fill('19:30');
    await page.getByLabel('Naam van het overleg').fill(title);
    await expect(page.getByLabel('Plaats')).toHaveValue('Wijkdealwerkplaats');
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const agendaItem = page.getByRole('group', { name: 'Agendapunt 1' });
    await expect(agendaItem.getByLabel('Onderwerp')).toBeFocused();
    await agendaItem.getByLabel('Onderwerp').fill('Stand van de speeltuin');
    await agendaItem.getByLabel('Project (niet verplicht)').selectOption({ label: PLAYGROUND });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Overleg plannen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Het overleg is gepland.')).toBeVisible();
    await expect(page.getByText('19:30 tot 21:30 uur')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('link', { name: PLAYGROUND })).toBeVisible();
    const meetingPath = new URL(page.url()).pathname;
    expect(meetingPath).toMatch(/^\/koplopers\/overleg\/[0-9a-f-]{36}$/);
    await expectAccessible(page);

    // Attendance: "ik was erbij".
    await page.getByRole('checkbox', { name: 'Kim Koploper (jij)' }).check();
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De aanwezigheid is opgeslagen.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Aanwezig' }).getByRole('listitem')).toHaveText(['Kim Koploper']);

    // Minutes in two parts.
    await page.getByLabel('Openbaar verslag').fill(publicMinutes);
    await page.getByRole('textbox', { name: 'Alleen voor koplopers', exact: true }).fill(privateMinutes);
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect(page.getByText('Het verslag is opgeslagen.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Verslag', exact: true })).toContainText(publicMinutes);
    await expect(page.getByRole('region', { name: 'Verslag voor koplopers' })).toContainText(privateMinutes);
    await expectAccessible(page);

    // A decision that starts a project.
    await page.getByLabel('Besluit', { exact: true }).fill('We starten een project voor een minibieb.');
    await page.getByRole('radio', { name: 'Er komt een nieuw project' }).check();
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Groen & Buitenzijn' });
    await page.getByLabel('Titel', { exact: true }).fill(projectTitle);
    await page.getByLabel('Korte beschrijving').fill('Een kastje met boeken om te ruilen.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(page.getByText('Het besluit is vastgelegd.')).toBeVisible();
    const decisions = page.getByRole('region', { name: 'Besluiten' });
    await expect(decisions).toContainText('We starten een project voor een minibieb.');
    await expect(decisions).toContainText(`Nieuw project: ${projectTitle}`);

    // An overdue action item for Kim.
    await page.getByLabel('Wat moet er gebeuren?').fill(actionTitle);
    await page.getByLabel('Wie doet het?').selectOption({ label: 'Kim Koploper' });
    await page.getByLabel('Klaar op').fill(amsterdamDay(-1));
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await expect(page.getByText('Het actiepunt is toegevoegd.')).toBeVisible();
    const actionItems = page.getByRole('region', { name: 'Actiepunten' });
    await expect(actionItems).toContainText(actionTitle);
    await expect(actionItems).toContainText('Te laat');
    await expectAccessible(page);

    // The new project has its own page.
    await decisions.getByRole('link', { name: projectTitle }).click();
    await expect(page).toHaveURL(new RegExp(`/projecten/minibieb-bij-het-wijkcentrum-${stamp}$`));
    await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
    await expectAccessible(page);

    // The action item is on the dashboard, marked as overdue in words; "Gedaan" takes it off.
    await page.goto('/koplopers/dashboard');
    const openItem = page.getByRole('region', { name: 'Open actiepunten' }).getByRole('listitem').filter({ hasText: actionTitle });
    await expect(openItem).toContainText('Te laat');
    await expect(openItem).toContainText('Wie: Kim Koploper');
    await expectAccessible(page);
    await openItem.getByRole('button', { name: /^Gedaan/ }).click();
    await expect(page.getByRole('status').filter({ hasText: `"${actionTitle}" is gedaan.` })).toBeVisible();
    await expect(openItem).toHaveCount(0);

    // A visitor reads the public minutes and the decision, never the private part.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(meetingPath);
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByRole('region', { name: 'Verslag', exact: true })).toContainText(publicMinutes);
    await expect(visitor.getByRole('region', { name: 'Besluiten' }).getByRole('link', { name: projectTitle })).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Alleen voor koplopers' })).toHaveCount(0);
    await expect(visitor.getByText(privateMinutes)).toHaveCount(0);
    expect(await visitor.content()).not.toContain('Vertrouwelijk');
    await expectAccessible(visitor);
    await visitorContext.close();
  });

  test('a pitch signed up without an account is accepted by the organiser, shows in the programme, and the pitcher is mailed', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const email = uniqueEmail('pitcher').toLowerCase();
    const topic = `Een repaircafé in de wijk ${stamp}`;

    // A visitor signs up for the next evening that still takes pitches.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto('/wijkdealcafe');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Wijkdealcafé' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Zet het Wijkdealcafé in je agenda' })).toHaveAttribute('href', '/api/calendar/cafe.ics');
    await expectAccessible(visitor);
    const evening = visitor
      .getByRole('region', { name: 'De komende avonden' })
      .getByRole('listitem')
      .filter({ has: visitor.getByRole('button', { name: /^Pitch aanmelden/ }) })
      .first();
    const eveningLink = evening.getByRole('heading', { level: 3 }).getByRole('link');
    const day = (await eveningLink.textContent())?.trim() ?? '';
    const eveningPath = (await eveningLink.getAttribute('href')) ?? '';
    expect(eveningPath).toMatch(/^\/wijkdealcafe\/[0-9a-f-]{36}$/);
    const openForm = evening.getByRole('button', { name: /^Pitch aanmelden/ });
    await openForm.click();
    await expect(openForm).toHaveAttribute('aria-expanded', 'true');
    await evening.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(evening.getByRole('alert').filter({ hasText: 'Niet alles is goed ingevuld' })).toBeFocused();
    await evening.getByLabel('Je naam').fill('Fatima');
    await evening.getByLabel('Je e-mailadres').fill(email);
    await evening.getByLabel('Waar gaat je pitch over?').fill(topic);
    await evening.getByLabel('Hoeveel minuten heb je nodig?').fill('5');
    await evening.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(evening.getByText('Bedankt, Fatima! We hebben je aanmelding ontvangen.')).toBeVisible();
    await expectAccessible(visitor);

    // The organiser accepts it on the evening's page and puts a project update before it.
    await signInThroughForm(page, DEMO_ADMIN, DEMO_PASSWORD);
    await page.goto(eveningPath);
    await expect(page.getByRole('heading', { level: 1, name: `Wijkdealcafé van ${day}` })).toBeVisible();
    const signUps = page.getByRole('region', { name: 'Aanmeldingen voor een pitch' });
    const signUp = signUps.getByRole('listitem').filter({ hasText: topic });
    await expect(signUp).toContainText(email);
    await expectAccessible(page);
    await signUp.getByRole('button', { name: /^Aannemen/ }).click();
    await expect(page.getByRole('status').filter({ hasText: `De pitch "${topic}" staat op het programma.` })).toBeVisible();
    await expect(signUp).toContainText('Op het programma');
    await expect(page.getByRole('region', { name: 'Programma', exact: true })).toContainText(topic);

    const editor = page.getByRole('region', { name: 'Programma samenstellen' });
    await editor.getByLabel('Project').selectOption({ label: PLAYGROUND });
    await editor.getByRole('button', { name: 'Toevoegen aan het programma' }).click();
    await editor.getByRole('listitem').filter({ hasText: PLAYGROUND }).last().getByRole('button', { name: /^Omhoog/ }).click();
    await expect(editor.getByRole('status')).toContainText(`"${PLAYGROUND}" staat nu op plek`);
    await editor.getByRole('button', { name: 'Programma opslaan' }).click();
    await expect(editor.getByRole('status')).toHaveText('Het programma is opgeslagen.');
    await expectAccessible(page);

    // The visitor sees it in that evening's programme: the project update, then the pitch with who presents it.
    await visitor.goto(eveningPath);
    const programme = visitor.getByRole('region', { name: 'Programma', exact: true }).getByRole('listitem');
    await expect(programme.last()).toContainText(topic);
    await expect(programme.last()).toContainText('Pitch door Fatima');
    await expect(programme.nth((await programme.count()) - 2)).toContainText(`Projectupdate: ${PLAYGROUND}`);
    expect(await visitor.content()).not.toContain(email);
    await expectAccessible(visitor);
    await visitorContext.close();

    // The pitcher got the confirmation and then the acceptance by e-mail.
    await expect
      .poll(async () => (await mails(page.request)).filter((mail) => mail.to === email).map((mail) => mail.subject))
      .toEqual(expect.arrayContaining(['Wijkdealcafé: We hebben je aanmelding voor een pitch ontvangen', 'Wijkdealcafé: Je pitch staat op het programma']));
    const accepted = (await mails(page.request)).find((mail) => mail.to === email && mail.subject === 'Wijkdealcafé: Je pitch staat op het programma');
    expect(accepted?.text).toContain(topic);
  });
});
