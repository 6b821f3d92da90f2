import { expect, test } from '@playwright/test';
import { accountLink, registerThroughApi } from './support/accounts';
import { expectAccessible } from './support/axe';
import { pressUntilFocused } from './support/keyboard';

/** Only page.keyboard drives the page in these tests: no clicks, no fill. */
test.describe('with the keyboard alone', () => {
  test('the skip link is the first Tab stop, shows itself and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    await expectAccessible(page);

    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skipLink).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await expectAccessible(page);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next stop is inside the content, past the whole header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('link', { name: 'Groen & Buitenzijn' })).toBeFocused();
  });

  test('signs in from the home page and signs out again', async ({ page, request }) => {
    const account = await registerThroughApi(request, 'toetsenbord');
    const accountNav = page.getByRole('navigation', { name: 'Account' });

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    await expectAccessible(page);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    const signInLink = accountNav.getByRole('link', { name: 'Inloggen' });
    await pressUntilFocused(page, signInLink, 'Tab');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/account\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeFocused();
    await expectAccessible(page);

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
    await page.keyboard.type(account.email);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Wachtwoord')).toBeFocused();
    await page.keyboard.type(account.password);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    // The notice takes focus, so a screen reader says that it worked.
    await expect(page.getByRole('status').filter({ hasText: 'Je bent ingelogd.' })).toBeFocused();
    await expect(accountLink(page, account.displayName)).toBeVisible();
    await expectAccessible(page);

    // The account menu sits before the content, so go back to it.
    await pressUntilFocused(page, accountNav.getByRole('button', { name: 'Uitloggen' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Je bent uitgelogd.' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    await expect(signInLink).toBeVisible();
    await expectAccessible(page);
  });

  test('a wrong password is announced and the form can be corrected without a mouse', async ({ page, request }) => {
    const account = await registerThroughApi(request, 'toetsenbord-fout');
    await page.goto('/account/inloggen');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expectAccessible(page);

    await pressUntilFocused(page, page.getByLabel('E-mailadres'), 'Tab');
    await page.keyboard.type(account.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('niet het goede wachtwoord');
    await page.keyboard.press('Enter');

    const summary = page.getByRole('alert', { name: 'Er is een probleem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    await expectAccessible(page);

    await pressUntilFocused(page, page.getByLabel('Wachtwoord'), 'Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(account.password);
    await page.keyboard.press('Enter');
    await expect(accountLink(page, account.displayName)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expectAccessible(page);
  });
});
