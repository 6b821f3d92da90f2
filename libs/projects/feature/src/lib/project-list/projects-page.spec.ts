import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Page, ProjectSummary } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsEn, projectsNl, projectsTexts } from '../projects-texts';
import { ProjectsPage } from './projects-page';

const page: Page<ProjectSummary> = {
  items: [
    {
      id: 'p1',
      slug: 'oversteek',
      title: { nl: 'Veilige oversteek', en: 'Safe crossing' },
      summary: { nl: 'Een zebrapad.', en: 'A zebra crossing.' },
      status: 'selected',
      progress: 20,
      theme: { id: 't2', slug: 'verkeer-veiligheid', name: { nl: 'Verkeer & Veiligheid', en: 'Traffic & Safety' } },
    },
  ],
  total: 21,
  page: 1,
  pageSize: 20,
};

describe(ProjectsPage.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(projectsTexts)] });
  });

  it('asks the API with the filters from the URL and lists the projects with theme, status and progress', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProjectsPage);
    fixture.componentRef.setInput('thema', 'verkeer-veiligheid');
    fixture.componentRef.setInput('status', 'selected');
    fixture.componentRef.setInput('zoek', 'oversteek');
    await fixture.whenStable();

    http.expectOne('/api/themes').flush([]);
    http.expectOne('/api/stemweeks').flush([]);
    const request = http.expectOne((candidate) => candidate.url === '/api/projects');
    expect(request.request.params.get('theme')).toBe('verkeer-veiligheid');
    expect(request.request.params.get('status')).toBe('selected');
    expect(request.request.params.get('q')).toBe('oversteek');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(page);
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent).toBe('21 projecten gevonden');
    expect(element.querySelector('h3')?.textContent).toBe('Veilige oversteek');
    expect(element.textContent).toContain('Gekozen');
    expect(element.textContent).toContain('Verkeer & Veiligheid');
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext')).toBe('20% klaar');
    expect(element.querySelector('nav[aria-label="Pagina\'s"]')?.textContent).toContain('Pagina 1 van 2');
    http.verify();
  });

  it('ignores a status the API does not know', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProjectsPage);
    fixture.componentRef.setInput('status', 'onzin');
    await fixture.whenStable();
    http.expectOne('/api/themes').flush([]);
    http.expectOne('/api/stemweeks').flush([]);
    expect(http.expectOne((candidate) => candidate.url === '/api/projects').request.params.has('status')).toBe(false);
  });

  it('offers the published stemweeks as a filter and asks for the projects one selected', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProjectsPage);
    fixture.componentRef.setInput('stemweek', 'sw-2027');
    await fixture.whenStable();
    http.expectOne('/api/themes').flush([]);
    http.expectOne('/api/stemweeks').flush([
      { id: 'sw-2027', title: { nl: 'Stemweek 2027', en: 'Stemweek 2027' }, state: 'published' },
      { id: 'sw-2028', title: { nl: 'Stemweek 2028', en: 'Stemweek 2028' }, state: 'open' },
    ]);
    expect(http.expectOne((candidate) => candidate.url === '/api/projects').request.params.get('selectedIn')).toBe('sw-2027');
    await fixture.whenStable();
    const options = [...(fixture.nativeElement as HTMLElement).querySelectorAll('select option')].map((option) => option.textContent?.trim());
    expect(options).toContain('Stemweek 2027');
    expect(options).not.toContain('Stemweek 2028');
  });
});

describe('projectsTexts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(projectsEn).sort()).toEqual(Object.keys(projectsNl).sort());
  });
});
