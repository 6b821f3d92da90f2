import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { KoploperApplicationView } from '@wijkdeal/shared-contracts';
import { Alert, I18n, Paragraphs, toFormProblem } from '@wijkdeal/shared-ui';

/** Admins accept or decline applications to become a koploper, with an optional note; the applicant is notified. */
@Component({
  selector: 'wd-koploper-applications',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert, Paragraphs],
  template: `
    <section class="section section--admin" aria-labelledby="applications-title">
      <h2 id="applications-title">{{ t('meetings.applications.title') }}</h2>
      <p class="action-status" role="status">{{ status() }}</p>
      @if (error()) {
        <wd-alert kind="error" [takeFocus]="true"><p>{{ error() }}</p></wd-alert>
      }
      @if (applications(); as applications) {
        @if (applications.length) {
          <ul class="plain-list">
            @for (application of sorted(); track application.id) {
              <li class="join-requests__item">
                <h3 class="card__title">{{ application.name }}</h3>
                <p class="muted">
                  {{ t('meetings.applications.sent', { date: formatDate(application.createdAt) }) }} ·
                  <span [class]="'badge badge--' + application.status">{{ t('meetings.applications.status.' + application.status) }}</span>
                </p>
                <wd-paragraphs [text]="application.motivation" />
                @if (application.reason) {
                  <p class="muted">{{ application.reason }}</p>
                }
                @if (application.status === 'pending') {
                  <div class="field">
                    <label class="field__label" [for]="'application-reason-' + application.id">{{ t('meetings.applications.reason', { name: application.name }) }}</label>
                    <textarea [id]="'application-reason-' + application.id" rows="2" maxlength="1000" (input)="noteReason(application.id, $event)"></textarea>
                  </div>
                  <div class="form__actions">
                    <button type="button" class="button" [attr.aria-disabled]="busyId() === application.id || null" (click)="decide(application, true)">
                      {{ t('meetings.applications.accept') }}<span class="visually-hidden">: {{ application.name }}</span>
                    </button>
                    <button type="button" class="button button--secondary" [attr.aria-disabled]="busyId() === application.id || null" (click)="decide(application, false)">
                      {{ t('meetings.applications.decline') }}<span class="visually-hidden">: {{ application.name }}</span>
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('meetings.applications.none') }}</p>
        }
      } @else if (failed()) {
        <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
      }
    </section>
  `,
})
export class KoploperApplications {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly formatDate = this.i18n.formatDate;

  protected readonly applications = signal<KoploperApplicationView[] | null>(null);
  /** Open ones first; within each group the newest first, as the API sends them. */
  protected readonly sorted = computed(() => [...(this.applications() ?? [])].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending')));
  protected readonly failed = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly error = signal('');
  private readonly reasons = new Map<string, string>();

  constructor() {
    this.http.get<KoploperApplicationView[]>('/api/koplopers/applications').subscribe({
      next: (applications) => this.applications.set(applications),
      error: () => this.failed.set(true),
    });
  }

  protected noteReason(id: string, event: Event): void {
    this.reasons.set(id, (event.target as HTMLTextAreaElement).value);
  }

  protected decide(application: KoploperApplicationView, accept: boolean): void {
    if (this.busyId()) return;
    this.busyId.set(application.id);
    this.status.set('');
    this.error.set('');
    const reason = this.reasons.get(application.id)?.trim();
    this.http.post<KoploperApplicationView>(`/api/koplopers/applications/${application.id}/${accept ? 'accept' : 'decline'}`, reason ? { reason } : {}).subscribe({
      next: (decided) => {
        this.busyId.set(null);
        this.applications.update((all) => (all ?? []).map((candidate) => (candidate.id === decided.id ? { ...decided, name: candidate.name } : candidate)));
        this.status.set(this.t(accept ? 'meetings.applications.accepted' : 'meetings.applications.declined', { name: application.name }));
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.error.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }
}
