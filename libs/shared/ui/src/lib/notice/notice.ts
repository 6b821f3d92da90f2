import { Injectable, signal } from '@angular/core';

/**
 * A message that outlives one navigation ("Je bent uitgelogd."), shown by the shell on the next page.
 * Holds a text key, so it follows a language switch.
 */
@Injectable({ providedIn: 'root' })
export class Notice {
  private pending: string | null = null;
  private readonly shown = signal<string | null>(null);

  readonly current = this.shown.asReadonly();

  /** Shows `key` after the next navigation. */
  showAfterNavigation(key: string): void {
    this.pending = key;
  }

  /** Called by the shell when a navigation ends. */
  navigated(): void {
    this.shown.set(this.pending);
    this.pending = null;
  }

  dismiss(): void {
    this.shown.set(null);
  }
}
