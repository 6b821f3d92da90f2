import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, Page, ProjectSummary, ThemeDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { themesEn, themesNl, themesTexts } from '../themes-texts';
import { ThemePage } from './theme-page';

const theme: ThemeDetail = {
  id: 't1',
  slug: 'groen-buitenzijn',
  position: 1,
  name: { nl: 'Groen & Buitenzijn', en: 'Green & Outdoors' },
  intro: { nl: 'Meer groen in de wijk.', en: 'More greenery.' },
  description: { nl: 'Parken en speeltuinen.', en: 'Parks and playgrounds.' },
  contacts: [{ id: 'c1', accountId: 'a1', name: 'Cor Contact', organisation: 'Bewoner van De Wijert' }],
};
const projects: Page<ProjectSummary> = {
  items: [
    {
      id: 'p1',
      slug: 'speeltuin',
      title: { nl: 'Speeltuin opknappen', en: 'Renovate the playground' },
      summary: { nl: 'Nieuwe toestellen.', en: 'New equipment.' },
      status: 'in-progress',
      progress: 40,
      theme: { id: 't1', slug: 'groen-buitenzijn', name: theme.name },
    },
  ],
  total: 1,
  page: 1,
  pageSize: 100,
};

describe(ThemePage.name, () => {
  let fixture: ComponentFixture<ThemePage>;
  let http: HttpTestingController;

  async function open(slug: string): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ThemePage);
    fixture.componentRef.setInput('slug', slug);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(themesTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the theme, its contact persons and its projects with status in words', async () => {
    const element = await open('groen-buitenzijn');
    http.expectOne('/api/themes/groen-buitenzijn').flush(theme);
    const projectsRequest = http.expectOne((request) => request.url === '/api/projects');
    expect(projectsRequest.request.params.get('theme')).toBe('groen-buitenzijn');
    expect(projectsRequest.request.params.get('pageSize')).toBe('100');
    projectsRequest.flush(projects);
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Groen & Buitenzijn');
    expect(element.textContent).toContain('Cor Contact');
    expect(element.textContent).toContain('Bewoner van De Wijert');
    expect(element.querySelector('h3')?.textContent).toBe('Speeltuin opknappen');
    expect(element.textContent).toContain('Bezig');
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('40');
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('#theme-contacts-admin-title')).toBeNull();
    expect(element.textContent).toContain('Log in om dit thema te volgen');
    expect(document.title).toBe('Groen & Buitenzijn · Wijkdeal');
  });

  it('shows the edit form and contact management to admins only', async () => {
    TestBed.inject(Session).update({ roles: ['admin'] } as unknown as AccountMe);
    const element = await open('groen-buitenzijn');
    http.expectOne('/api/themes/groen-buitenzijn').flush(theme);
    http.expectOne((request) => request.url === '/api/projects').flush(projects);
    await fixture.whenStable();
    http.expectOne('/api/follows').flush([]);
    await fixture.whenStable();
    expect(element.querySelector('#theme-contacts-admin-title')?.textContent).toBe('Contactpersonen beheren');
    const label = [...element.querySelectorAll('label')].find((candidate) => candidate.textContent === 'Naam in het Nederlands');
    expect((element.querySelector(`#${label?.getAttribute('for')}`) as HTMLInputElement).value).toBe('Groen & Buitenzijn');
  });

  it('says so when the theme does not exist', async () => {
    const element = await open('bestaat-niet');
    http.expectOne('/api/themes/bestaat-niet').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Dit bestaat niet (meer).' }, { status: 404, statusText: 'Not Found' });
    http.expectOne((request) => request.url === '/api/projects').flush({ ...projects, items: [], total: 0 });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Thema niet gevonden');
  });
});

describe('themesTexts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(themesEn).sort()).toEqual(Object.keys(themesNl).sort());
  });
});
