import { APIRequestContext, expect, Locator, Page } from '@playwright/test';
import { apiPost, uniqueEmail } from './api';
import { expectAccessible } from './axe';

export interface TestAccount {
  email: string;
  password: string;
  displayName: string;
}

/** The demo accounts of DESIGN.md; they exist because the e2e server runs in demo mode. */
export const DEMO_PASSWORD = 'wijkdeal-demo';
export const DEMO_ADMIN = 'admin@wijkdeal.test';
export const DEMO_TELLER = 'teller@wijkdeal.test';

/** Details for an account nobody else uses, so tests on parallel workers never meet. */
export function newAccountDetails(label: string): TestAccount {
  const email = uniqueEmail(label);
  // The local part is unique, so the name is too (the roles page names a fieldset after it).
  const suffix = email.split('@')[0].split('.').slice(1).join('-');
  return { email, password: 'een lange zin als wachtwoord', displayName: `Test ${label} ${suffix}` };
}

/** A fresh account made through the public API, as another client would; the browser signs in separately. */
export async function registerThroughApi(request: APIRequestContext, label: string): Promise<TestAccount> {
  const account = newAccountDetails(label);
  await apiPost(request, '/api/auth/register', { ...account, locale: 'nl' });
  return account;
}

/** The header link to the account page; its visually hidden prefix makes the name "Mijn account: {naam}". */
export function accountLink(page: Page, displayName: string): Locator {
  return page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: `Mijn account: ${displayName}` });
}

/** Signs in through the Dutch sign-in page and lands on Mijn account; both pages are scanned. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/account/inloggen');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await expect(page.getByText('Je bent ingelogd.')).toBeVisible();
  await expectAccessible(page);
}
