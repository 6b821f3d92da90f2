import { HttpClient } from '@angular/common/http';
import { DestroyRef, DOCUMENT, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { Session } from '@wijkdeal/accounts-feature';
import { NotificationPage } from '@wijkdeal/shared-contracts';

/** How often the header asks for new notifications while the page is open and visible. */
const POLL_MS = 60_000;
/** A navigation asks again only when the last answer is older than this. */
const FRESH_MS = 15_000;

/**
 * The unread count in the header. Cheap on purpose: one small request (pageSize=1) when someone signs in, every
 * minute while the tab is visible, and after a navigation when the last answer is older than 15 seconds.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly document = inject(DOCUMENT);
  private readonly count = signal(0);
  private fetchedAt = 0;

  readonly unread = this.count.asReadonly();

  constructor() {
    effect(() => {
      if (this.session.signedIn()) untracked(() => this.refresh());
      else this.count.set(0);
    });
    const timer = setInterval(() => {
      if (this.document.visibilityState !== 'hidden') this.refresh();
    }, POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  refresh(): void {
    if (!this.session.signedIn()) return;
    this.fetchedAt = Date.now();
    this.http.get<NotificationPage>('/api/notifications', { params: { pageSize: 1 } }).subscribe({
      next: (page) => this.count.set(page.unread),
      // A failed poll keeps the last known count; the next one tries again.
      error: () => undefined,
    });
  }

  /** After a navigation. */
  refreshIfStale(): void {
    if (Date.now() - this.fetchedAt > FRESH_MS) this.refresh();
  }

  /** The notifications page knows the count first hand. */
  set(unread: number): void {
    this.fetchedAt = Date.now();
    this.count.set(unread);
  }
}
