import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { pressUntilFocused } from './support/keyboard';

test.use({ viewport: { width: 390, height: 844 } });

test.describe('on a phone', () => {
  test('the Menu button opens and closes the navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const mainNav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menuButton).toBeVisible();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav.getByRole('link', { name: 'Projecten' })).toBeHidden();
    await expectAccessible(page);

    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNav.getByRole('link', { name: 'Projecten' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Inloggen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'EN', exact: true })).toBeVisible();
    await expectAccessible(page);

    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav.getByRole('link', { name: 'Projecten' })).toBeHidden();
  });

  test('choosing a page in the menu goes there and closes the menu', async ({ page }) => {
    await page.goto('/');
    // The app is running once the home page's heading is there; a click before that would do nothing.
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    const menuButton = page.getByRole('button', { name: 'Menu' });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Projecten' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Projecten' })).toBeVisible();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Projecten' })).toBeHidden();
    await expectAccessible(page);
  });

  test('the menu opens with the keyboard, and its language switch works', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    const menuButton = page.getByRole('button', { name: 'Menu' });
    await pressUntilFocused(page, menuButton, 'Tab');
    await page.keyboard.press('Enter');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');

    // The menu follows the button, so Tab goes into it.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Thema's" })).toBeFocused();
    await pressUntilFocused(page, page.getByRole('button', { name: 'EN', exact: true }), 'Tab');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Together we shape De Wijert' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'EN', exact: true })).toBeFocused();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Themes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
  });
});
