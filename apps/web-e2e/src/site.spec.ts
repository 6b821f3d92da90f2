import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

interface PageTexts {
  /** The h1 and the document title's first part. */
  heading: string;
  title: string;
  /** Something else on the page in this language: a text or the name of seeded data. */
  text: string;
}

interface SitePage {
  path: string;
  nl: PageTexts;
  en: PageTexts;
}

/** The public pages with what a visitor reads on them in each language (texts from the dictionaries and the seeds). */
const PAGES: SitePage[] = [
  {
    path: '/',
    nl: { heading: 'Samen maken we De Wijert', title: 'Welkom', text: 'Zo werkt het' },
    en: { heading: 'Together we shape De Wijert', title: 'Welcome', text: 'How it works' },
  },
  {
    path: '/themas',
    nl: { heading: "Thema's", title: "Thema's", text: 'Groen & Buitenzijn' },
    en: { heading: 'Themes', title: 'Themes', text: 'Green & Outdoors' },
  },
  {
    path: '/themas/groen-buitenzijn',
    nl: { heading: 'Groen & Buitenzijn', title: 'Groen & Buitenzijn', text: 'Meer bomen in De Wijert-Zuid' },
    en: { heading: 'Green & Outdoors', title: 'Green & Outdoors', text: 'More trees in De Wijert-Zuid' },
  },
  {
    path: '/projecten',
    nl: { heading: 'Projecten', title: 'Projecten', text: 'Moestuin bij de basisschool' },
    en: { heading: 'Projects', title: 'Projects', text: 'Vegetable garden at the primary school' },
  },
  {
    path: '/partners',
    nl: { heading: 'Partners', title: 'Partners', text: 'De Wijkdeal doen we samen.' },
    en: { heading: 'Partners', title: 'Partners', text: 'We do the Wijkdeal together.' },
  },
  {
    path: '/stemweek',
    nl: { heading: 'Stemweek', title: 'Stemweek', text: 'Wat is de stemweek?' },
    en: { heading: 'Stemweek', title: 'Stemweek', text: 'What is the Stemweek?' },
  },
  {
    path: '/koplopers',
    nl: { heading: 'Koplopers', title: 'Koplopers', text: 'Wat doen de koplopers?' },
    en: { heading: 'Koplopers', title: 'Koplopers', text: 'What do the koplopers do?' },
  },
  {
    path: '/wijkdealcafe',
    nl: { heading: 'Wijkdealcafé', title: 'Wijkdealcafé', text: 'Wat gebeurt er?' },
    en: { heading: 'Wijkdealcafé', title: 'Wijkdealcafé', text: 'What happens there?' },
  },
  {
    path: '/toegankelijkheid',
    nl: { heading: 'Toegankelijkheid', title: 'Toegankelijkheid', text: 'Hoe we testen' },
    en: { heading: 'Accessibility', title: 'Accessibility', text: 'How we test' },
  },
];

async function expectPage(page: Page, lang: 'nl' | 'en', texts: PageTexts): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: texts.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText(texts.text, { exact: false }).first()).toBeVisible();
  await expect(page).toHaveTitle(`${texts.title} · Wijkdeal`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expectAccessible(page);
}

test.describe('the public pages', () => {
  test('render in Dutch by default, with the Dutch menu', async ({ page }) => {
    for (const sitePage of PAGES) {
      await page.goto(sitePage.path);
      await expectPage(page, 'nl', sitePage.nl);
    }
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const item of ["Thema's", 'Projecten', 'Stemweek', 'Koplopers', 'Wijkdealcafé', 'Partners']) {
      await expect(menu.getByRole('link', { name: item, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'NL', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // On a wide screen the menu is always open; the Menu button is only for narrow screens.
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });

  test('switch to English with the EN button, keep English after a reload and on every page', async ({ page }) => {
    await page.goto('/');
    await expectPage(page, 'nl', PAGES[0].nl);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'NL', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expectPage(page, 'en', PAGES[0].en);
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Themes', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();

    await page.reload();
    await expectPage(page, 'en', PAGES[0].en);
    await expect(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');

    for (const sitePage of PAGES.slice(1)) {
      await page.goto(sitePage.path);
      await expectPage(page, 'en', sitePage.en);
    }
  });

  test('move between pages through the menu, marking the current page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Samen maken we De Wijert' })).toBeVisible();
    await expectAccessible(page);

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: "Thema's", exact: true }).click();
    await expect(page).toHaveURL(/\/themas$/);
    await expect(menu.getByRole('link', { name: "Thema's", exact: true })).toHaveAttribute('aria-current', 'page');
    // After a navigation, focus moves to the start of the new page, so a screen reader reads it.
    await expect(page.getByRole('heading', { level: 1, name: "Thema's" })).toBeFocused();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Groen & Buitenzijn' }).click();
    await expect(page).toHaveURL(/\/themas\/groen-buitenzijn$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Groen & Buitenzijn' })).toBeVisible();
    await expect(page).toHaveTitle('Groen & Buitenzijn · Wijkdeal');
    await expectAccessible(page);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' })).toBeFocused();
    await expect(page).toHaveTitle('Toegankelijkheid · Wijkdeal');
    await expectAccessible(page);
  });

  test('show a not-found page for an unknown address and an unknown theme', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(page).toHaveTitle('Pagina niet gevonden · Wijkdeal');
    await expectAccessible(page);

    await page.goto('/themas/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1, name: 'Thema niet gevonden' })).toBeVisible();
    await expectAccessible(page);
  });
});
