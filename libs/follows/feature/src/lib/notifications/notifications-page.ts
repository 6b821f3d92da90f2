import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, numberAttribute, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NotificationPage, NotificationView } from '@wijkdeal/shared-contracts';
import { Alert, I18n, Pager, toFormProblem } from '@wijkdeal/shared-ui';
import { UnreadNotifications } from '../unread/unread-notifications';
import { EmailSettingsForm } from './email-settings-form';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: NotificationPage };

/** My notifications, newest first, with "Alles gelezen"; and how often I want e-mail about them. */
@Component({
  selector: 'wd-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, Pager, EmailSettingsForm],
  templateUrl: './notifications-page.html',
})
export class NotificationsPage {
  private readonly http = inject(HttpClient);
  private readonly unread = inject(UnreadNotifications);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDateTime = this.i18n.formatDateTime;

  /** Query parameter. */
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly status = signal('');
  protected readonly busy = signal(false);

  constructor() {
    effect(() => this.fetch(this.pagina()));
  }

  protected markAllRead(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.http.post<void>('/api/notifications/read', {}).subscribe({
      next: () => {
        this.busy.set(false);
        const load = this.load();
        if (load.kind === 'loaded') this.load.set({ kind: 'loaded', page: { ...load.page, unread: 0, items: load.page.items.map((item) => ({ ...item, read: true })) } });
        this.unread.set(0);
        this.status.set(this.t('follows.notifications.allRead'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.status.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  /** Following a notification's link reads it; best effort, the link works either way. */
  protected markRead(notification: NotificationView): void {
    if (notification.read) return;
    this.http.post<void>('/api/notifications/read', { ids: [notification.id] }).subscribe({
      next: () => this.unread.set(Math.max(0, this.unread.unread() - 1)),
      error: () => undefined,
    });
  }

  private fetch(page: number): void {
    this.load.set({ kind: 'loading' });
    this.http.get<NotificationPage>('/api/notifications', { params: { page } }).subscribe({
      next: (result) => {
        this.load.set({ kind: 'loaded', page: result });
        this.unread.set(result.unread);
      },
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
