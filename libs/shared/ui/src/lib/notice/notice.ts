import { Injectable, signal } from '@angular/core';
import { AlertKind } from '../alert/alert';

export interface NoticeMessage {
  /** A text key, so the message follows a language switch. */
  key: string;
  kind: AlertKind;
}

/**
 * A message that outlives a navigation ("Je bent uitgelogd."), shown by the shell at the top of the
 * next page and cleared on the navigation after that.
 */
@Injectable({ providedIn: 'root' })
export class Notice {
  private pending: NoticeMessage | null = null;
  private readonly shown = signal<NoticeMessage | null>(null);

  readonly current = this.shown.asReadonly();

  showAfterNavigation(key: string, kind: AlertKind = 'success'): void {
    this.pending = { key, kind };
  }

  /** Called by the shell when a navigation ends. */
  navigated(): void {
    this.shown.set(this.pending);
    this.pending = null;
  }
}
