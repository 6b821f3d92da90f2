import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { PitchView } from '@wijkdeal/shared-contracts';
import { Alert, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** The organiser accepts (onto the programme) or declines each pitch; the API mails the pitcher either way. */
@Component({
  selector: 'wd-pitch-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert],
  template: `
    <section aria-labelledby="pitch-review-title">
      <h3 id="pitch-review-title">{{ t('community.pitches.title') }}</h3>
      <p class="action-status" role="status">{{ status() }}</p>
      @if (error()) {
        <wd-alert kind="error" [takeFocus]="true"><p>{{ error() }}</p></wd-alert>
      }
      @if (pitches(); as pitches) {
        @if (pitches.length) {
          <ul class="plain-list">
            @for (pitch of pitches; track pitch.id) {
              <li class="join-requests__item">
                <p class="card__title"><strong>{{ pitch.topic }}</strong></p>
                <p class="muted">
                  {{ t('community.pitches.by', { name: pitch.name, email: pitch.email, minutes: pitch.minutes }) }} ·
                  <span [class]="'badge badge--' + pitch.status">{{ t('community.pitches.status.' + pitch.status) }}</span>
                </p>
                @if (pitch.status === 'pending') {
                  <div class="actions">
                    <button type="button" class="button" [attr.aria-disabled]="busyId() === pitch.id || null" (click)="decide(pitch, true)">
                      {{ t('community.pitches.accept') }}<span class="visually-hidden">: {{ pitch.topic }}</span>
                    </button>
                    <button type="button" class="button button--secondary" [attr.aria-disabled]="busyId() === pitch.id || null" (click)="decide(pitch, false)">
                      {{ t('community.pitches.decline') }}<span class="visually-hidden">: {{ pitch.topic }}</span>
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('community.pitches.none') }}</p>
        }
      } @else {
        <p>{{ t('common.loading') }}</p>
      }
    </section>
  `,
})
export class PitchReview {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly pitches = input.required<PitchView[] | null>();
  readonly decided = output<PitchView>();

  protected readonly busyId = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly error = signal('');

  protected decide(pitch: PitchView, accept: boolean): void {
    if (this.busyId()) return;
    this.busyId.set(pitch.id);
    this.status.set('');
    this.error.set('');
    this.http.post<PitchView>(`/api/cafe/pitches/${pitch.id}/${accept ? 'accept' : 'decline'}`, {}).subscribe({
      next: (decided) => {
        this.busyId.set(null);
        this.status.set(this.t(accept ? 'community.pitches.accepted' : 'community.pitches.declined', { topic: pitch.topic, name: pitch.name }));
        this.decided.emit(decided);
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.error.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }
}
