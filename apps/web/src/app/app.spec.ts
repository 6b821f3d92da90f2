import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe } from '@wijkdeal/shared-contracts';
import { TranslatedTitleStrategy } from '@wijkdeal/shared-ui';
import { App } from './app';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Projecten</h1>' })
class ProjectsStub {}

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Welkom</h1>' })
class HomeStub {}

describe(App.name, () => {
  beforeEach(async () => {
    localStorage.clear();
    document.cookie = 'wd_lang=; path=/; max-age=0';
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: HomeStub, title: 'shell.nav.themes' },
          { path: 'projecten', component: ProjectsStub, title: 'shell.nav.projects' },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    }).compileComponents();
  });

  it('starts with the skip link and has labelled navigation for visitors', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const first = element.querySelector('a, button') as HTMLAnchorElement;
    expect(first.textContent?.trim()).toBe('Naar de inhoud');
    expect(element.querySelector('nav[aria-label="Hoofdmenu"]')?.textContent).toContain('Wijkdealcafé');
    expect(element.querySelector('nav[aria-label="Account"]')?.textContent).toContain('Inloggen');
    expect(element.querySelector('.menu-button')?.getAttribute('aria-expanded')).toBe('false');
    expect(element.querySelector('main#inhoud')).not.toBeNull();
    expect(element.querySelector('footer a[href="/toegankelijkheid"]')?.textContent).toBe('Toegankelijkheid');
    const footerLinks = [...element.querySelectorAll('footer a')].map((link) => link.getAttribute('href'));
    expect(footerLinks).toEqual(expect.arrayContaining(['/werkplaats', '/contact', '/nieuws', '/archief']));
  });

  it('shows the unread notifications next to the account, and the overview and ideas after Projecten', async () => {
    TestBed.inject(Session).update({ displayName: 'Bram Bewoner', roles: [], locale: 'nl' } as unknown as AccountMe);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const request = TestBed.inject(HttpTestingController).expectOne((candidate) => candidate.url === '/api/notifications');
    expect(request.request.params.get('pageSize')).toBe('1');
    request.flush({ items: [], total: 3, unread: 3, page: 1, pageSize: 1 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('nav[aria-label="Account"] a[href="/meldingen"]')?.textContent?.trim()).toBe('Meldingen (3 nieuw)');
    const items = [...element.querySelectorAll('nav[aria-label="Hoofdmenu"] a')].map((link) => link.textContent?.trim());
    expect(items).toEqual(["Thema's", 'Projecten', 'Ontwikkelingen', 'Ideeën', 'Stemweek', 'Koplopers', 'Wijkdealcafé', 'Partners']);
  });

  it('switches the language with pressed buttons and updates <html lang>', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const english = element.querySelector('button[lang="en"]') as HTMLButtonElement;
    expect(english.getAttribute('aria-pressed')).toBe('false');
    english.click();
    await fixture.whenStable();
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(element.querySelector('nav[aria-label="Main menu"]')?.textContent).toContain('Projects');
    (element.querySelector('button[lang="nl"]') as HTMLButtonElement).click();
  });

  it('shows the account name and a sign-out button when signed in', async () => {
    TestBed.inject(Session).update({ displayName: 'Bram Bewoner', roles: [], locale: 'nl' } as unknown as AccountMe);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('a[href="/account"]')?.textContent).toContain('Bram Bewoner');
    const signOut = [...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Uitloggen') as HTMLButtonElement;
    signOut.click();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('nav[aria-label="Account"]')?.textContent).toContain('Inloggen');
    expect(element.querySelector('.notice')?.textContent).toContain('Je bent uitgelogd.');
  });

  it('sets the page title and moves focus to the new heading after a navigation', async () => {
    const fixture = TestBed.createComponent(App);
    document.body.appendChild(fixture.nativeElement);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    await fixture.whenStable();
    await router.navigateByUrl('/projecten');
    await fixture.whenStable();
    expect(document.title).toBe('Projecten · Wijkdeal');
    expect(document.activeElement?.textContent).toBe('Projecten');
    fixture.nativeElement.remove();
  });
});
