import { expect, test } from '@playwright/test';
import { accountLink, newAccountDetails, registerThroughApi, signInThroughForm } from './support/accounts';
import { lastMailTo, linkInMail } from './support/api';
import { expectAccessible } from './support/axe';

const VERIFY_SUBJECT = 'Bevestig je e-mailadres voor Wijkdeal';

test.describe('an account', () => {
  test('signs up, confirms its e-mail from the captured mail, signs out and signs in again', async ({ page }) => {
    const account = newAccountDetails('aanmelden');
    const accountNav = page.getByRole('navigation', { name: 'Account' });

    await page.goto('/');
    await accountNav.getByRole('link', { name: 'Registreren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registreren' })).toBeVisible();
    await expect(page).toHaveTitle('Registreren · Wijkdeal');
    await expectAccessible(page);

    await page.getByLabel('Naam').fill(account.displayName);
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill(account.password);
    const address = page.getByRole('group', { name: 'Je adres (niet verplicht)' });
    await address.getByLabel('Postcode').fill('9722 ab');
    await address.getByLabel('Huisnummer').fill('12a');
    await page.getByRole('button', { name: 'Account maken' }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expect(page.getByText('Welkom! Je account is gemaakt en je bent ingelogd.')).toBeVisible();
    await expect(page.getByText(`Je bent ingelogd met het e-mailadres ${account.email}.`)).toBeVisible();
    await expect(page.getByText('Je e-mailadres is nog niet bevestigd.')).toBeVisible();
    await expect(accountLink(page, account.displayName)).toBeVisible();
    // The postcode is stored in the normal form.
    await expect(page.getByLabel('Postcode')).toHaveValue('9722 AB');
    await expectAccessible(page);

    await page.goto('/ontwikkeling/mail');
    await expect(page.getByRole('heading', { level: 1, name: 'Opgevangen e-mail' })).toBeVisible();
    const mail = page.getByRole('article').filter({ hasText: account.email }).filter({ has: page.getByRole('heading', { name: VERIFY_SUBJECT }) });
    await expect(mail).toHaveCount(1);
    await expectAccessible(page);
    await mail.getByRole('link', { name: /\/account\/bevestigen\?token=/ }).click();

    await expect(page).toHaveURL(/\/account\/bevestigen\?token=/);
    await expect(page.getByRole('heading', { level: 1, name: 'E-mailadres bevestigen' })).toBeVisible();
    await expect(page.getByText('Je e-mailadres is bevestigd. Dank je wel!')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Naar Mijn account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expect(page.getByText('Je e-mailadres is bevestigd.', { exact: true })).toBeVisible();
    await expect(page.getByText('Je e-mailadres is nog niet bevestigd.')).toBeHidden();
    await expectAccessible(page);

    await accountNav.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    await expect(accountNav.getByRole('link', { name: 'Inloggen' })).toBeVisible();
    await expect(accountLink(page, account.displayName)).toBeHidden();
    await expectAccessible(page);

    await signInThroughForm(page, account.email, account.password);
    await expect(accountLink(page, account.displayName)).toBeVisible();
    await expect(page.getByText('Je e-mailadres is bevestigd.', { exact: true })).toBeVisible();

    await accountNav.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await expect(accountNav.getByRole('link', { name: 'Registreren' })).toBeVisible();
    await expectAccessible(page);

    // Signed out for real: the account page now asks to sign in first.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/account\/inloggen\?terug=%2Faccount$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the sign-up form explains bad input in a focused error summary, in Dutch and in English', async ({ page }) => {
    const account = newAccountDetails('fouten');
    await page.goto('/account/registreren');
    await expect(page.getByRole('heading', { level: 1, name: 'Registreren' })).toBeVisible();
    await expectAccessible(page);

    // Checked in the browser: a missing name and a too short password.
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Account maken' }).click();
    const summary = page.getByRole('alert', { name: 'Er is een probleem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Niet alles is goed ingevuld. Kijk de velden na.');
    await expect(summary.getByRole('link', { name: 'Naam: Vul dit veld in.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Wachtwoord: Dit is te kort: minstens 10 tekens.' })).toBeVisible();
    await expect(page.getByLabel('Wachtwoord')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Wachtwoord')).toHaveAccessibleDescription(/Dit is te kort: minstens 10 tekens\./);
    await expectAccessible(page);

    // A link in the summary takes you to the field.
    await summary.getByRole('link', { name: /^Naam:/ }).click();
    await expect(page.getByLabel('Naam')).toBeFocused();

    // Checked by the API: a postcode cannot start with 0, and it needs a house number.
    await page.getByLabel('Naam').fill(account.displayName);
    await page.getByLabel('Wachtwoord').fill(account.password);
    await page.getByLabel('Postcode').fill('0721 PE');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /^Postcode:.*Vul een Nederlandse postcode in, zoals 9721 PE\./ })).toBeVisible();
    await expect(page.getByLabel('Postcode')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Wachtwoord')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/account\/registreren$/);
    await expectAccessible(page);

    // The same in English, both the browser's and the API's messages.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const englishSummary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(englishSummary).toBeFocused();
    await expect(englishSummary.getByRole('link', { name: 'Password: This is too short: at least 10 characters.' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(englishSummary.getByRole('link', { name: /^Postcode:.*Enter a Dutch postcode, such as 9721 PE\./ })).toBeVisible();
    await expect(englishSummary).toBeFocused();
    await expectAccessible(page);

    // Nothing was created: signing in with these details fails.
    await page.getByRole('link', { name: 'Then sign in' }).click();
    await page.getByLabel('E-mail address').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a confirmation link works once; a used or broken link says what to do', async ({ page, request }) => {
    const account = await registerThroughApi(request, 'link');
    const mail = await lastMailTo(request, account.email, VERIFY_SUBJECT);
    expect(mail.text).toContain(`Hoi ${account.displayName},`);

    await page.goto(linkInMail(mail, '/account/bevestigen'));
    await expect(page.getByText('Je e-mailadres is bevestigd. Dank je wel!')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('alert')).toContainText('Log in en vraag op Mijn account een nieuwe mail aan.');
    await expectAccessible(page);

    await page.goto('/account/bevestigen');
    await expect(page.getByRole('alert')).toContainText('In deze link ontbreekt een deel.');
    await expectAccessible(page);
  });

  test('forgets the password, chooses a new one with the link from the mail and signs in with it', async ({ page, request }) => {
    const account = await registerThroughApi(request, 'wachtwoord');
    const newPassword = 'een nieuwe lange zin';

    await page.goto('/account/inloggen');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'krijg je binnen een paar minuten een mail' })).toBeFocused();
    await expectAccessible(page);

    const mail = await lastMailTo(request, account.email, 'Nieuw wachtwoord voor Wijkdeal');
    await page.goto(linkInMail(mail, '/account/nieuw-wachtwoord'));
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByText('Je wachtwoord is veranderd.')).toBeVisible();
    await expectAccessible(page);

    // The old password no longer works, the new one does.
    await page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill(account.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    await expectAccessible(page);

    await signInThroughForm(page, account.email, newPassword);
    await expect(accountLink(page, account.displayName)).toBeVisible();
  });
});
