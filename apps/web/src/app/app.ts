import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { UnreadNotifications } from '@wijkdeal/follows-feature';
import { Locale } from '@wijkdeal/shared-contracts';
import { Alert, Availability, I18n, Notice } from '@wijkdeal/shared-ui';

/** The layout around every page: skip link, header with navigation and language switch, main, footer. */
@Component({
  selector: 'wd-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Alert],
  templateUrl: './app.html',
})
export class App {
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly notice = inject(Notice);
  private readonly document = inject(DOCUMENT);
  private readonly unreadNotifications = inject(UnreadNotifications);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly account = this.session.account;
  protected readonly currentNotice = this.notice.current;
  protected readonly unavailable = inject(Availability).unavailable;
  protected readonly unread = this.unreadNotifications.unread;
  protected readonly menuOpen = signal(false);
  protected readonly navItems = [
    { path: '/themas', label: 'shell.nav.themes' },
    { path: '/projecten', label: 'shell.nav.projects' },
    { path: '/ontwikkelingen', label: 'shell.nav.updates' },
    { path: '/ideeen', label: 'shell.nav.ideas' },
    { path: '/stemweek', label: 'shell.nav.stemweek' },
    { path: '/koplopers', label: 'shell.nav.koplopers' },
    { path: '/wijkdealcafe', label: 'shell.nav.cafe' },
    { path: '/partners', label: 'shell.nav.partners' },
  ];

  constructor() {
    let previousPath: string | null = null;
    const subscription = this.router.events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      this.notice.navigated();
      this.menuOpen.set(false);
      this.unreadNotifications.refreshIfStale();
      const path = event.urlAfterRedirects.split(/[?#]/)[0];
      const isFirst = previousPath === null;
      const pathChanged = path !== previousPath;
      previousPath = path;
      // Not on the first page (the skip link should stay the first thing a keyboard reaches), nor when only a filter changed.
      if (isFirst || (!pathChanged && !this.notice.current())) return;
      afterNextRender(() => this.focusPageStart(), { injector: this.injector });
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.focus(this.main().nativeElement);
  }

  /** The database was away: load the page again, as a whole, so every part of it is fetched anew. */
  protected retry(): void {
    this.document.location.reload();
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected switchLanguage(lang: Locale): void {
    this.i18n.setLang(lang);
    this.session.saveLocale(lang);
  }

  protected signOut(): void {
    this.session.signOut().subscribe({
      next: () => {
        this.notice.showAfterNavigation('shell.signedOut');
        void this.router.navigateByUrl('/', { onSameUrlNavigation: 'reload' });
      },
      error: () => {
        this.notice.showAfterNavigation('shell.signOutFailed', 'error');
        void this.router.navigateByUrl(this.router.url, { onSameUrlNavigation: 'reload' });
      },
    });
  }

  /** After a navigation, a screen reader should start at the new page: the notice if there is one, else the h1. */
  private focusPageStart(): void {
    const main = this.main().nativeElement;
    const target = main.querySelector<HTMLElement>('.notice') ?? main.querySelector<HTMLElement>('h1') ?? main;
    this.focus(target);
  }

  private focus(element: HTMLElement): void {
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  }
}
