import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, FollowView } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { themesTexts } from '../themes-texts';
import { ThemeFollow } from './theme-follow';

const THEME_ID = '7e000000-0000-4000-8000-000000000003';

describe(ThemeFollow.name, () => {
  let fixture: ComponentFixture<ThemeFollow>;
  let http: HttpTestingController;

  async function open(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ThemeFollow);
    fixture.componentRef.setInput('themeId', THEME_ID);
    fixture.componentRef.setInput('themeSlug', 'verkeer-veiligheid');
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(themesTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks a visitor to sign in, without asking the API', async () => {
    const element = await open();
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/account/inloggen?terug=%2Fthemas%2Fverkeer-veiligheid');
    expect(element.querySelector('button')).toBeNull();
  });

  it('knows the current state from GET /api/follows, follows and stops following', async () => {
    TestBed.inject(Session).update({ id: 'a6', roles: [] } as unknown as AccountMe);
    const element = await open();
    expect(element.querySelector('button')).toBeNull();
    const follows: FollowView[] = [{ targetType: 'project', targetId: THEME_ID, createdAt: '2026-01-01T10:00:00.000Z' }];
    http.expectOne('/api/follows').flush(follows);
    await fixture.whenStable();
    const button = element.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Volg dit thema');

    button.click();
    const put = http.expectOne(`/api/follows/theme/${THEME_ID}`);
    expect(put.request.method).toBe('PUT');
    put.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(button.textContent?.trim()).toBe('Niet meer volgen');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Je volgt dit thema.');

    button.click();
    const remove = http.expectOne(`/api/follows/theme/${THEME_ID}`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(button.textContent?.trim()).toBe('Volg dit thema');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Je volgt dit thema niet meer.');
  });

  it('shows "Niet meer volgen" to someone who follows the theme already', async () => {
    TestBed.inject(Session).update({ id: 'a6', roles: [] } as unknown as AccountMe);
    const element = await open();
    http.expectOne('/api/follows').flush([{ targetType: 'theme', targetId: THEME_ID, createdAt: '2026-01-01T10:00:00.000Z' }]);
    await fixture.whenStable();
    expect(element.querySelector('button')?.textContent?.trim()).toBe('Niet meer volgen');
  });
});
