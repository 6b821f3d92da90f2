import { APIRequestContext, expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_PASSWORD, registerThroughApi, signInThroughForm } from './support/accounts';
import { expectAccessible } from './support/axe';

interface AccountSummary {
  email: string;
  roles: string[];
}

/** The roles the API reports for one account, read with the admin's own session. */
async function rolesOf(request: APIRequestContext, email: string): Promise<string[]> {
  const response = await request.get(`/api/accounts?q=${encodeURIComponent(email)}`);
  expect(response.status()).toBe(200);
  const page = (await response.json()) as { items: AccountSummary[] };
  return page.items.find((account) => account.email === email)?.roles ?? [];
}

test.describe('roles on /beheer/accounts', () => {
  test('an admin makes a new account koploper and takes the role away again', async ({ page, browser, request }) => {
    const resident = await registerThroughApi(request, 'koploper');

    await signInThroughForm(page, DEMO_ADMIN, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Rollen van accounts beheren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rollen' })).toBeVisible();
    await expect(page).toHaveTitle('Rollen · Wijkdeal');
    await expectAccessible(page);

    await page.getByLabel('Zoek op naam of e-mailadres').fill(resident.email);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/zoek=/);
    await expect(page.getByRole('heading', { name: '1 account gevonden' })).toBeVisible();
    const roles = page.getByRole('group', { name: `Rollen van ${resident.displayName}` });
    const koploper = roles.getByRole('checkbox', { name: 'Koploper' });
    await expect(koploper).not.toBeChecked();
    await expect(roles.getByRole('checkbox', { name: 'Beheerder' })).not.toBeChecked();
    await expect(roles.getByRole('checkbox', { name: 'Teller' })).not.toBeChecked();
    await expectAccessible(page);

    await koploper.check();
    await expect(page.getByRole('status').filter({ hasText: `${resident.displayName} is nu koploper.` })).toBeVisible();
    await expect(koploper).toBeChecked();
    expect(await rolesOf(page.request, resident.email)).toEqual(['koploper']);
    await expectAccessible(page);

    // The resident sees the new role on their own account page.
    const residentContext = await browser.newContext();
    const residentPage = await residentContext.newPage();
    await signInThroughForm(residentPage, resident.email, resident.password);
    await expect(residentPage.getByText('Je rollen: Koploper.')).toBeVisible();

    // After a reload the search is still there and the box still ticked: it was saved.
    await page.reload();
    await expect(koploper).toBeChecked();
    await expectAccessible(page);

    await koploper.uncheck();
    await expect(page.getByRole('status').filter({ hasText: `${resident.displayName} is geen koploper meer.` })).toBeVisible();
    await expect(koploper).not.toBeChecked();
    expect(await rolesOf(page.request, resident.email)).toEqual([]);
    await expectAccessible(page);

    await residentPage.reload();
    await expect(residentPage.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expect(residentPage.getByText(/Je rollen:/)).toBeHidden();
    await expectAccessible(residentPage);
    await residentContext.close();
  });

  test('a resident is told that only admins can change roles, and the API refuses too', async ({ page, request }) => {
    const resident = await registerThroughApi(request, 'geen-beheerder');
    await signInThroughForm(page, resident.email, resident.password);
    await expect(page.getByRole('link', { name: 'Rollen van accounts beheren' })).toBeHidden();

    await page.goto('/beheer/accounts');
    await expect(page.getByRole('heading', { level: 1, name: 'Rollen' })).toBeVisible();
    await expect(page.getByText('Alleen beheerders kunnen rollen geven of weghalen.')).toBeVisible();
    await expect(page.getByLabel('Zoek op naam of e-mailadres')).toBeHidden();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expectAccessible(page);

    const response = await page.request.get(`/api/accounts?q=${encodeURIComponent(resident.email)}`);
    expect(response.status()).toBe(403);
  });

  test('a visitor is sent to sign in first and comes back after signing in', async ({ page }) => {
    await page.goto('/beheer/accounts');
    await expect(page).toHaveURL(/\/account\/inloggen\?terug=%2Fbeheer%2Faccounts$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('E-mailadres').fill(DEMO_ADMIN);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page).toHaveURL(/\/beheer\/accounts$/);
    await expect(page.getByLabel('Zoek op naam of e-mailadres')).toBeVisible();
    await expect(page.getByRole('heading', { name: /accounts gevonden$/ })).toBeVisible();
    await expectAccessible(page);
  });
});
