import { expect, Locator, Page, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPost } from './support/api';
import { expectAccessible } from './support/axe';
import { pressUntilFocused } from './support/keyboard';
import { DEMO_PASSWORD, DEMO_TELLER } from './support/accounts';
import { adminContext, countingKey, createProjects, createStemweek, newResident, recountPbFile, signedInContext } from './support/stemweek';

const RECEIPT = /^[0-9A-Z]{5}-[0-9A-Z]{5}$/;

/** Tab (or Shift+Tab) to a control, as a keyboard user does; the header comes before the content. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await pressUntilFocused(page, target, 'Tab', 80);
}

/** From the ballot: Controleer je stem, then Stem uitbrengen; the receipt is shown and returned. */
async function reviewAndCast(page: Page, expectedReview: string[]): Promise<string> {
  await tabTo(page, page.getByRole('button', { name: 'Controleer je stem' }));
  await page.keyboard.press('Enter');
  const review = page.getByRole('heading', { level: 2, name: 'Controleer je stem' });
  await expect(review).toBeFocused();
  await expect(page.locator('.booth__review li')).toHaveText(expectedReview);
  await expectAccessible(page);
  await tabTo(page, page.getByRole('button', { name: 'Stem uitbrengen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Je stem is uitgebracht' })).toBeFocused();
  const receipt = (await page.locator('.booth__receipt-code').textContent())?.trim() ?? '';
  expect(receipt).toMatch(RECEIPT);
  await expect(page.getByRole('button', { name: 'Kopieer' })).toBeVisible();
  await expectAccessible(page);
  return receipt;
}

async function expectAlreadyVoted(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Je hebt al gestemd' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Controleer je stem' })).toHaveCount(0);
  await expectAccessible(page);
}

test.describe('the stemweek', () => {
  test('a resident votes with each method using the keyboard alone, sees the receipt, and then "je hebt al gestemd"', async ({ browser }) => {
    test.setTimeout(180_000);
    const admin = await adminContext(browser);
    const { ids, titles } = await createProjects(admin.request, 'methode', 4);
    const [a, b, c] = titles;
    const approval = await createStemweek(admin.request, `Stemweek aankruisen ${Date.now()}`, ids, { method: { kind: 'approval', maxChoices: 2 } });
    const points = await createStemweek(admin.request, `Stemweek punten ${Date.now()}`, ids, { method: { kind: 'points', points: 5, maxPerProject: 3 } });
    const ranked = await createStemweek(admin.request, `Stemweek volgorde ${Date.now()}`, ids, { method: { kind: 'ranked', maxRanks: 3 } });
    const chooseOne = await createStemweek(admin.request, `Stemweek één ${Date.now()}`, ids, { method: { kind: 'choose-1' } });
    const { page } = await newResident(browser, 'toetsen');

    // Approval: Space ticks; a third tick is refused and said in the live counter.
    await page.goto(`/stemweek/${approval}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Je stem' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Kies hoogstens 2 projecten' })).toBeVisible();
    await expectAccessible(page);
    const counter = page.locator('.ballot__counter');
    await tabTo(page, page.getByRole('checkbox', { name: a }));
    await page.keyboard.press('Space');
    // Tab goes past each project's link to its page ("Meer over …") to the next checkbox.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: `Meer over ${a}` })).toBeFocused();
    // Reading the project's page and coming back keeps the choice made.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: a })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: a })).toBeChecked();
    await page.getByRole('link', { name: `Meer over ${a}` }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: b })).toBeFocused();
    await tabTo(page, page.getByRole('checkbox', { name: c }));
    await page.keyboard.press('Space');
    await expect(counter).toHaveText('Je hebt 2 van de 2 keuzes gebruikt.');
    await pressUntilFocused(page, page.getByRole('checkbox', { name: b }), 'Shift+Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: b })).not.toBeChecked();
    await expect(counter).toContainText('Je kunt hoogstens 2 projecten kiezen. Haal eerst een ander vinkje weg.');
    await expect(counter).toHaveAttribute('role', 'status');
    // Back from the review keeps the choices.
    await tabTo(page, page.getByRole('button', { name: 'Controleer je stem' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Controleer je stem' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Terug om te wijzigen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Je stem' })).toBeFocused();
    await expect(page.getByRole('checkbox', { name: a })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: c })).toBeChecked();
    await reviewAndCast(page, [a, c]);
    await expectAlreadyVoted(page);

    // Points: the arrow keys step the number up to 3; + on a project at 3 is refused and explained.
    await page.goto(`/stemweek/${points}`);
    await expect(page.getByRole('group', { name: 'Verdeel 5 punten, hoogstens 3 per project' })).toBeVisible();
    await expectAccessible(page);
    await tabTo(page, page.getByRole('spinbutton', { name: `Punten voor ${b}` }));
    for (let press = 0; press < 4; press++) await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('spinbutton', { name: `Punten voor ${b}` })).toHaveValue('3');
    await expect(counter).toHaveText('Nog 2 punten over (van de 5).');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Eén punt meer voor ${b}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(counter).toContainText('Je kunt hoogstens 3 punten aan één project geven.');
    await tabTo(page, page.getByRole('button', { name: `Eén punt meer voor ${c}` }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('spinbutton', { name: `Punten voor ${c}` })).toHaveValue('2');
    await expect(counter).toHaveText('Nog 0 punten over (van de 5).');
    await page.keyboard.press('Enter');
    await expect(counter).toContainText('Je hebt niet genoeg punten over.');
    await reviewAndCast(page, [`${b}: 3 punten`, `${c}: 2 punten`]);
    await expectAlreadyVoted(page);

    // Ranked: a place per project from a select, then Hoger/Lager; no dragging.
    await page.goto(`/stemweek/${ranked}`);
    await expect(page.getByRole('group', { name: 'Zet hoogstens 3 projecten op volgorde: je eerste keus krijgt de meeste punten' })).toBeVisible();
    await expectAccessible(page);
    await tabTo(page, page.getByRole('combobox', { name: `Plaats voor ${a}` }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: `Plaats voor ${a}` })).toHaveValue('1');
    await tabTo(page, page.getByRole('combobox', { name: `Plaats voor ${b}` }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: `Plaats voor ${b}` })).toHaveValue('2');
    const order = page.getByRole('list', { name: 'Jouw volgorde' }).getByRole('listitem').locator('.ballot__order-name');
    await expect(order).toHaveText([a, b]);
    await tabTo(page, page.getByRole('button', { name: `Hoger: ${b}` }));
    await page.keyboard.press('Enter');
    await expect(order).toHaveText([b, a]);
    await expect(counter).toContainText(`${b} staat nu op plaats 1 van 2.`);
    // At the top Hoger does nothing more, so focus moves to Lager of the same project.
    await expect(page.getByRole('button', { name: `Lager: ${b}` })).toBeFocused();
    await expect(page.getByRole('combobox', { name: `Plaats voor ${a}` })).toHaveValue('2');
    await expectAccessible(page);
    await reviewAndCast(page, [`1e keus: ${b}`, `2e keus: ${a}`]);
    await expectAlreadyVoted(page);

    // Choose 1: the arrow keys move through the radio buttons.
    await page.goto(`/stemweek/${chooseOne}`);
    await expect(page.getByRole('group', { name: 'Kies één project' })).toBeVisible();
    await expectAccessible(page);
    await tabTo(page, page.getByRole('radio', { name: a }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: c })).toBeChecked();
    await expect(counter).toHaveText(`Je kiest: ${c}.`);
    await reviewAndCast(page, [c]);
    await expectAlreadyVoted(page);

    // The admin sees the four ballots in the turnout, without any scores.
    const turnouts = await Promise.all([approval, points, ranked, chooseOne].map(async (id) => (await (await admin.request.get(`/api/stemweeks/${id}/turnout`)).json()).turnout.account));
    expect(turnouts).toEqual([1, 1, 1, 1]);
  });

  test('an address counts once checked: by the letter code in the booth, or by a teller in person, both by keyboard', async ({ browser }) => {
    test.setTimeout(120_000);
    const admin = await adminContext(browser);
    const { ids } = await createProjects(admin.request, 'adres', 2);
    const id = await createStemweek(admin.request, `Stemweek adres ${Date.now()}`, ids, { method: { kind: 'approval', maxChoices: 1 }, channels: ['account', 'code'] });

    // With the letter: a wrong code is said at the field, the right one confirms the address and opens the ballot.
    const byLetter = await newResident(browser, 'brief-adres', { addressChecked: false });
    const { codes } = (await apiPost(admin.request, `/api/stemweeks/${id}/codes`, { count: 2, addresses: [{ postcode: '9721 PE', houseNumber: byLetter.houseNumber }, { postcode: '9721 PE', houseNumber: '1' }] })) as { codes: { code: string }[] };
    const page = byLetter.page;
    await page.goto(`/stemweek/${id}`);
    await expect(page.getByRole('heading', { level: 3, name: 'Bevestig je adres met je brief' })).toBeVisible();
    await expectAccessible(page);
    const field = page.getByRole('textbox', { name: 'Stemcode van je brief' });
    await pressUntilFocused(page, field, 'Tab');
    await page.keyboard.type(codes[1].code);
    await page.keyboard.press('Enter');
    await expect(page.locator('#verify-errors, .error-summary').first()).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('hoort niet bij het adres van je account');
    await field.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(codes[0].code.toLowerCase());
    await page.keyboard.press('Enter');
    await expect(page.getByText('Je adres is bevestigd')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Je stem' })).toBeFocused();
    await expectAccessible(page);

    // In person: the teller types what they saw; a wrong house number is refused.
    const inPerson = await newResident(browser, 'balie-adres', { addressChecked: false });
    const teller = await (await signedInContext(browser, DEMO_TELLER, DEMO_PASSWORD)).newPage();
    await teller.goto('/account');
    await pressUntilFocused(teller, teller.getByRole('link', { name: 'Adres controleren' }), 'Tab');
    await teller.keyboard.press('Enter');
    await expect(teller.getByRole('heading', { level: 1, name: 'Adres controleren' })).toBeVisible();
    await expectAccessible(teller);
    await pressUntilFocused(teller, teller.getByRole('textbox', { name: 'E-mailadres' }), 'Tab');
    await teller.keyboard.type(inPerson.email);
    await teller.keyboard.press('Tab');
    await teller.keyboard.type('9721pe');
    await teller.keyboard.press('Tab');
    await teller.keyboard.type('1');
    await teller.keyboard.press('Enter');
    await expect(teller.locator('.error-summary')).toBeFocused();
    await expect(teller.locator('.error-summary')).toContainText('Er is geen account met dit e-mailadres op dit adres');
    await teller.getByRole('textbox', { name: 'Huisnummer' }).fill(inPerson.houseNumber);
    await teller.getByRole('textbox', { name: 'Huisnummer' }).press('Enter');
    await expect(teller.getByText(`Het adres van ${inPerson.email} is bevestigd`)).toBeVisible();
    await inPerson.page.goto(`/stemweek/${id}`);
    await expect(inPerson.page.getByRole('heading', { level: 2, name: 'Je stem' })).toBeVisible();
    await inPerson.page.goto('/account');
    await expect(inPerson.page.getByText('Je adres is gecontroleerd')).toBeVisible();
  });

  test('a code voter votes from the link on a printed letter, on a phone; the same code cannot vote again', async ({ browser }) => {
    test.setTimeout(120_000);
    const admin = await adminContext(browser);
    const { ids, titles } = await createProjects(admin.request, 'brief', 3);
    const id = await createStemweek(admin.request, `Stemweek brief ${Date.now()}`, ids, { method: { kind: 'approval', maxChoices: 2 }, channels: ['code'] });

    const adminPage = await admin.newPage();
    await adminPage.goto(`/beheer/stemweken/${id}`);
    await expect(adminPage.getByRole('heading', { level: 1, name: /^Beheer: Stemweek brief/ })).toBeVisible();
    await expectAccessible(adminPage);
    await adminPage.getByLabel('Aantal stemcodes').fill('2');
    await adminPage.getByRole('button', { name: 'Stemcodes maken' }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'Je ziet deze codes maar één keer' })).toBeFocused();
    await expect(adminPage.locator('.admin__codes li')).toHaveCount(2);
    await expectAccessible(adminPage);
    const download = adminPage.waitForEvent('download');
    await adminPage.getByRole('button', { name: 'Download de codes (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('code,url');

    await adminPage.getByRole('link', { name: 'Brieven afdrukken' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Brieven met stemcodes' })).toBeVisible();
    const letter = adminPage.locator('article.letter').first();
    await expect(letter.getByRole('img', { name: 'QR-code: opent de stemweek met jouw stemcode al ingevuld' })).toBeVisible();
    await expect(adminPage.locator('article.letter')).toHaveCount(2);
    await expectAccessible(adminPage);
    const code = (await letter.locator('.letter__code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const link = letter.getByRole('link');
    await expect(letter).toContainText('of ga naar');
    const href = (await link.getAttribute('href')) ?? '';
    await expect(link).toHaveText(href);
    expect(csv).toContain(`${code},${href}`);
    const url = new URL(href);
    // Short enough to type from paper: /stem/CODE.
    expect(url.pathname).toBe(`/stem/${code}`);

    // A visitor on a 320 px wide phone opens the letter's link: the code is filled in and leaves the address bar.
    const visitor = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const phone = await visitor.newPage();
    await phone.goto(url.pathname + url.search);
    await expect(phone.getByLabel('Stemcode van je brief')).toHaveValue(code);
    await expect(phone).toHaveURL(new RegExp(`/stemweek/${id}$`));
    // Checked at once, before anything is chosen.
    await expect(phone.getByText('Deze stemcode is goed en nog niet gebruikt.')).toBeVisible();
    expect(await phone.title()).not.toContain(code);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(phone);
    await phone.getByRole('checkbox', { name: titles[1] }).check();
    await phone.getByRole('button', { name: 'Controleer je stem' }).click();
    await expect(phone.getByText(`Je stemt met stemcode ${code}`)).toBeVisible();
    await phone.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await expect(phone.getByRole('heading', { level: 2, name: 'Je stem is uitgebracht' })).toBeFocused();
    await expect(phone.locator('.booth__receipt-code')).toHaveText(RECEIPT);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(phone);

    // The same letter again, typed in small letters without dashes: refused, clearly.
    const again = await (await browser.newContext()).newPage();
    await again.goto(`/stemweek/${id}`);
    await again.getByRole('button', { name: 'Stem met je stemcode' }).click();
    await again.getByLabel('Stemcode van je brief').fill(code.toLowerCase().replace(/-/g, ''));
    // Said as soon as the code is entered, before the ballot is filled in.
    await again.keyboard.press('Tab');
    await expect(again.getByRole('alert').filter({ hasText: 'Er is een probleem' })).toContainText('Je hebt al gestemd in deze stemweek.');
    await again.getByRole('checkbox', { name: titles[0] }).check();
    await again.getByRole('button', { name: 'Controleer je stem' }).click();
    await again.getByRole('button', { name: 'Stem uitbrengen' }).click();
    const summary = again.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Je hebt al gestemd in deze stemweek. Je stem telt één keer.');
    await expectAccessible(again);
    // A wrong code is refused too, and the form says which field to fix.
    await again.getByLabel('Stemcode van je brief').fill('AAAA-BBBB-CCCC');
    await again.getByRole('button', { name: 'Controleer je stem' }).click();
    await again.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await expect(summary).toContainText('Deze stemcode klopt niet');
    await expect(summary.getByRole('link', { name: /^Stemcode van je brief:/ })).toBeVisible();
    expect((await (await admin.request.get(`/api/stemweeks/${id}/turnout`)).json()).turnout).toEqual({ account: 0, code: 1, paper: 0, imported: 0 });
  });

  test('after closing and publishing in the admin pages, the result shows the top 10 and the ballot file recounts to the same scores', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const admin = await adminContext(browser);
    const { ids, titles } = await createProjects(admin.request, 'top', 12);
    const id = await createStemweek(admin.request, `Stemweek top 10 ${Date.now()}`, ids, { method: { kind: 'approval', maxChoices: 12 }, channels: ['code', 'paper'] });
    // Twelve letters: ballot i votes for the first 12 - i projects, so project k gets 12 - k votes (12 … 1).
    const { codes } = (await apiPost(admin.request, `/api/stemweeks/${id}/codes`, { count: 12 })) as { codes: { code: string }[] };
    const receipts: string[] = [];
    for (const [index, { code }] of codes.entries()) {
      const cast = (await apiPost(request, `/api/stemweeks/${id}/ballots`, { code, choices: ids.slice(0, 12 - index).map((projectId) => ({ projectId })) })) as { receipt: string };
      receipts.push(cast.receipt);
    }

    const adminPage = await admin.newPage();
    await adminPage.goto(`/beheer/stemweken/${id}`);
    await expect(adminPage.getByText('12 stembiljetten')).toBeVisible();
    await adminPage.getByRole('button', { name: 'Vervroegd sluiten' }).click();
    await expect(adminPage.getByRole('heading', { level: 3, name: 'Weet je het zeker?' })).toBeFocused();
    await expectAccessible(adminPage);
    await adminPage.getByLabel('Telsleutel').fill(countingKey(id));
    await adminPage.getByRole('button', { name: 'Ja, sluit de stemweek nu' }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'De stemweek is gesloten.' })).toBeFocused();
    await expect(adminPage.getByText('Gesloten: we tellen')).toBeVisible();
    await adminPage.getByRole('button', { name: 'Publiceren' }).click();
    await expect(adminPage.getByRole('heading', { level: 3, name: 'Weet je het zeker?' })).toBeFocused();
    await adminPage.getByRole('button', { name: 'Ja, publiceer de uitslag' }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'De uitslag is gepubliceerd.' })).toBeFocused();
    const log = adminPage.locator('ol.audit');
    await expect(log).toContainText('Anne Beheer publiceerde de uitslag, met 12 stemmen.');
    await expect(log).toContainText('Anne Beheer sloot de stemweek vervroegd en opende de stembus met de telsleutel');
    await expectAccessible(adminPage);

    // Anyone sees the result.
    const page = await (await browser.newContext()).newPage();
    await page.goto(`/stemweek/${id}`);
    await expect(page.getByText('Uitslag bekend')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bekijk de uitslag' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Uitslag: Stemweek top 10/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Gekozen: 10 projecten' })).toBeVisible();
    await expect(page.locator('.selected-list li')).toHaveText(titles.slice(0, 10));
    await expect(page.locator('.results-total')).toHaveText('12 stembiljetten');
    const table = page.getByRole('table', { name: 'De score en plaats van elk project, van hoog naar laag' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(rows.filter({ hasText: 'Niet gekozen' })).toHaveCount(2);
    await expect(rows.nth(9)).toContainText('Gekozen');
    await expect(rows.nth(10)).toContainText('Niet gekozen');
    await expectAccessible(page);
    const shown = new Map<string, number>();
    for (const row of await rows.all()) {
      shown.set((await row.getByRole('rowheader').textContent())?.trim() ?? '', Number(await row.locator('.ranking__number').textContent()));
    }
    expect(shown).toEqual(new Map(titles.map((title, index) => [title, 12 - index])));

    // The downloaded ballot file recounts to the same scores, and holds every receipt.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Stembiljetten (.pb)' }).click();
    const recount = recountPbFile(readFileSync(await (await download).path(), 'utf8'));
    expect(recount.scores).toEqual(shown);
    expect([...recount.voters].sort()).toEqual([...receipts].sort());

    // "Zoek je bonnetje": found in the published CSV, in the browser.
    await page.getByLabel('Je ontvangstcode').fill(receipts[11].toLowerCase());
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gevonden' })).toHaveText(`Gevonden: ${receipts[11]} is meegeteld. Op dit stembiljet staat: ${titles[0]}.`);
    await page.getByLabel('Je ontvangstcode').fill('AAAAA-BBBBB');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByText('Deze ontvangstcode staat niet in het bestand.')).toBeVisible();
    await expectAccessible(page);
  });

  test('an admin imports an earlier stemweek from a .pb file; it becomes an archive page with its result', async ({ browser }) => {
    const stamp = `${Date.now()}`;
    const dir = mkdtempSync(join(tmpdir(), 'wijkdeal-pb-'));
    const file = join(dir, 'stemweek-2017.pb');
    writeFileSync(
      file,
      [
        'META',
        'key;value',
        `description;Eerste stemweek ${stamp}`,
        'country;Netherlands',
        'unit;Wijkdeal',
        'instance;2017',
        'num_projects;3',
        'num_votes;3',
        'budget;6000',
        'vote_type;approval',
        'rule;greedy',
        'date_begin;01.11.2017',
        'date_end;07.11.2017',
        'PROJECTS',
        'project_id;cost;votes;name;selected',
        '1;1000;3;Bankjes bij de vijver;1',
        '2;2000;2;Bomen in de Zuiderstraat;1',
        '3;3000;1;Buurtfeest;0',
        'VOTES',
        'voter_id;vote',
        'v1;1,2',
        'v2;1',
        'v3;1,2,3',
        '',
      ].join('\r\n'),
    );
    const admin = await adminContext(browser);
    const page = await admin.newPage();
    await page.goto('/beheer/stemweken');
    await expect(page.getByRole('heading', { level: 1, name: 'Stemweken beheren' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Eerdere stemweek importeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eerdere stemweek importeren' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Kies een .pb-bestand.' })).toBeFocused();
    await page.getByLabel('.pb-bestand').setInputFiles(file);
    await page.getByLabel('Regel om te kiezen').selectOption({ label: 'De projecten met de hoogste score (top N)' });
    await page.getByLabel('Aantal projecten (N)').fill('2');
    await page.getByRole('button', { name: 'Importeren' }).click();
    const done = page.getByRole('status').filter({ hasText: 'is geïmporteerd' });
    await expect(done).toBeFocused();
    // The file's `selected` column is compared with the count.
    await expect(done).toContainText('Hetzelfde als de officiële uitslag (regel top-n).');
    await expectAccessible(page);
    await done.getByRole('link', { name: 'Bekijk de stemweek' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Eerste stemweek ${stamp}`) })).toBeVisible();
    await expect(page.getByText('Uitslag bekend')).toBeVisible();
    await expect(page.getByText('Er werd gestemd van 1 november 2017')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bekijk de uitslag' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Gekozen: 2 projecten' })).toBeVisible();
    await expect(page.locator('.selected-list li')).toHaveText(['Bankjes bij de vijver', 'Bomen in de Zuiderstraat']);
    await expect(page.locator('.results-total')).toHaveText('3 stembiljetten');
    await expectAccessible(page);
  });

  test('an admin edits an upcoming stemweek\'s title, and links an imported ballot item to a project of this platform', async ({ browser }) => {
    test.setTimeout(90_000);
    const admin = await adminContext(browser);
    const { ids, titles } = await createProjects(admin.request, 'bewerken', 2);
    const title = `Stemweek bewerken ${Date.now()}`;
    const id = await createStemweek(admin.request, title, ids, { opensAt: new Date(Date.now() + 86_400_000).toISOString(), closesAt: new Date(Date.now() + 8 * 86_400_000).toISOString() });

    const page = await admin.newPage();
    await page.goto(`/beheer/stemweken/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Beheer: ${title}` })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bewerken', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Bewerken: ${title}` })).toBeVisible();
    await expect(page.getByLabel('Titel (Nederlands)')).toHaveValue(title);
    await expect(page.getByRole('checkbox', { name: titles[0] })).toBeChecked();
    await expectAccessible(page);
    const renamed = `${title} (nieuw)`;
    await page.getByLabel('Titel (Nederlands)').fill(renamed);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Beheer: ${renamed}` })).toBeVisible();
    await expect(page.getByText('De stemweek is bijgewerkt.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bekijk de pagina van de stemweek' }).click();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/stemweek/${id}$`));
    await expectAccessible(page);

    // Open it now, on a phone: the log says so in a sentence, and fits 360 px without scrolling sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/beheer/stemweken/${id}`);
    await page.getByRole('button', { name: 'Nu openen' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Weet je het zeker?' })).toBeFocused();
    await page.getByRole('button', { name: 'Ja, open de stemweek nu' }).click();
    await expect(page.getByText('De stemweek is open.').first()).toBeVisible();
    const log = page.locator('ol.audit');
    await expect(log).toContainText('Anne Beheer maakte de stemweek aan.');
    await expect(log).toContainText('Anne Beheer veranderde: de titel.');
    await expect(log).toContainText('Anne Beheer opende de stemweek meteen (gepland was');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // An archive stemweek from a .pb file: its item "1" is linked to the first project; that project's page then lists it.
    const stamp = `${Date.now()}`;
    const pb = ['META', 'key;value', `description;Archief ${stamp}`, 'country;Netherlands', 'unit;Wijkdeal', 'instance;2016', 'num_projects;2', 'num_votes;2',
      'budget;3000', 'vote_type;approval', 'rule;greedy', 'PROJECTS', 'project_id;cost;votes;name', `1;1000;2;Speeltuin ${stamp}`, `2;2000;1;Fietsenrek ${stamp}`,
      'VOTES', 'voter_id;vote', 'v1;1,2', 'v2;1', ''].join('\r\n');
    await admin.request.get('/api/health');
    const token = (await admin.request.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const upload = await admin.request.post('/api/stemweeks/import', { multipart: { file: { name: 'archief.pb', mimeType: 'text/plain', buffer: Buffer.from(pb) } }, headers: { 'X-XSRF-TOKEN': token } });
    expect(upload.ok(), await upload.text()).toBe(true);
    const archive = ((await upload.json()) as { id: string }).id;
    await page.goto(`/beheer/stemweken/${archive}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Koppelen aan projecten' })).toBeVisible();
    await expect(page.getByText('Nummer in het bestand: 1')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(`Project op dit platform voor Speeltuin ${stamp}`).selectOption({ label: titles[0] });
    await page.getByRole('button', { name: `Opslaan voor Speeltuin ${stamp}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: Speeltuin ${stamp} is gekoppeld aan ${titles[0]}.` })).toBeVisible();
    // The same project for the other item is refused: one project, one place on a ballot.
    await page.getByLabel(`Project op dit platform voor Fietsenrek ${stamp}`).selectOption({ label: titles[0] });
    await page.getByRole('button', { name: `Opslaan voor Fietsenrek ${stamp}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dit project is al gekoppeld aan een ander project van deze stemweek.' })).toBeVisible();
    await expectAccessible(page);

    const project = (await (await admin.request.get(`/api/projects/${ids[0]}`)).json()) as { slug: string };
    await page.goto(`/projecten/${project.slug}`);
    const history = page.getByRole('region', { name: 'In de stemweek' });
    await expect(history.getByRole('link', { name: `Archief ${stamp}` })).toBeVisible();
    await expectAccessible(page);
  });

  test('the stemweek page lists the stemweeks, and two tellers enter a paper ballot before it counts', async ({ browser }) => {
    test.setTimeout(90_000);
    const admin = await adminContext(browser);
    const { ids, titles } = await createProjects(admin.request, 'papier', 3);
    const title = `Stemweek papier ${Date.now()}`;
    const id = await createStemweek(admin.request, title, ids, { method: { kind: 'ranked', maxRanks: 2 }, channels: ['paper'] });

    const page = await (await browser.newContext()).newPage();
    await page.goto('/stemweek');
    await expect(page.getByRole('heading', { level: 1, name: 'Stemweek' })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Wat is de stemweek?' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Op papier' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Inloggen om te stemmen' })).toHaveCount(0);
    await expectAccessible(page);

    const firstTeller = await (await browser.newContext()).newPage();
    await apiPost(firstTeller.context().request, '/api/auth/login', { email: 'teller@wijkdeal.test', password: 'wijkdeal-demo' });
    await firstTeller.goto(`/stemweek/${id}/papier`);
    await expect(firstTeller.getByRole('heading', { level: 1, name: `Papieren stembiljetten: ${title}` })).toBeVisible();
    await expectAccessible(firstTeller);
    // Double entry by two different people: the teller, then the admin at another computer.
    const secondTeller = await admin.newPage();
    await secondTeller.goto(`/stemweek/${id}/papier`);
    for (const [teller, entry] of [[firstTeller, 'één keer ingevoerd'], [secondTeller, 'telt nu mee']] as const) {
      await teller.getByLabel('Stapel', { exact: true }).fill('werkplaats-1');
      await teller.getByLabel('Bladnummer').fill('7');
      await teller.getByLabel(`Plaats voor ${titles[2]}`).selectOption('1');
      await teller.getByLabel(`Plaats voor ${titles[0]}`).selectOption('2');
      await teller.getByRole('button', { name: 'Blad opslaan' }).click();
      await expect(teller.getByRole('status').filter({ hasText: `Blad 7 van stapel werkplaats-1` })).toContainText(entry);
      // Ready for the next sheet: focus on the sheet number, one higher.
      await expect(teller.getByLabel('Bladnummer')).toBeFocused();
      await expect(teller.getByLabel('Bladnummer')).toHaveValue('8');
    }
    await expect(secondTeller.getByRole('row', { name: /werkplaats-1/ }).getByRole('cell')).toHaveText(['1', '0', '0', '–']);
    await expectAccessible(secondTeller);
    expect((await (await admin.request.get(`/api/stemweeks/${id}/turnout`)).json()).turnout.paper).toBe(1);

    // A sheet typed in only once does not count: publishing waits, or leaves it out on purpose with a reason.
    await firstTeller.getByLabel('Bladnummer').fill('8');
    await firstTeller.getByLabel(`Plaats voor ${titles[1]}`).selectOption('1');
    await firstTeller.getByRole('button', { name: 'Blad opslaan' }).click();
    await expect(firstTeller.getByRole('status').filter({ hasText: 'Blad 8 van stapel werkplaats-1' })).toContainText('één keer ingevoerd');
    await apiPost(admin.request, `/api/stemweeks/${id}/close`, { key: countingKey(id) });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/beheer/stemweken/${id}`);
    await adminPage.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await adminPage.getByRole('button', { name: 'Ja, publiceer de uitslag' }).click();
    const warning = adminPage.getByRole('status').filter({ hasText: 'Nog niet alle papieren stemmen tellen' });
    await expect(warning).toBeVisible();
    await expect(adminPage.getByText('Stapel werkplaats-1: vel 8 is nog maar één keer ingevoerd.')).toBeVisible();
    await expectAccessible(adminPage);
    await adminPage.getByRole('button', { name: 'Publiceren zonder deze vellen' }).click();
    await expect(adminPage.locator('.error-summary')).toContainText('Schrijf op waarom je deze vellen weglaat.');
    await adminPage.getByRole('textbox', { name: 'Waarom publiceer je zonder deze vellen?' }).fill('Blad 8 is zoekgeraakt.');
    await adminPage.getByRole('button', { name: 'Publiceren zonder deze vellen' }).click();
    await expect(adminPage.getByText('De uitslag is gepubliceerd.').first()).toBeVisible();
    const audit = await (await admin.request.get(`/api/stemweeks/${id}/audit`)).text();
    expect(audit).toContain('Blad 8 is zoekgeraakt.');
  });
});
