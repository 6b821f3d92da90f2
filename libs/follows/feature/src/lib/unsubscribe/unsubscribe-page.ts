import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Alert, I18n, toFormProblem } from '@wijkdeal/shared-ui';

type State = { kind: 'ready' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * /meldingen/afmelden?account=…&token=…, the link in every e-mail. No sign-in: the token proves the link came from
 * us. One button, so a mail program that opens links by itself does not unsubscribe anyone.
 */
@Component({
  selector: 'wd-unsubscribe-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert],
  template: `
    <h1>{{ t('follows.unsubscribe.title') }}</h1>
    @if (!complete()) {
      <wd-alert kind="error"><p>{{ t('follows.unsubscribe.incomplete') }}</p></wd-alert>
    } @else {
      @switch (state().kind) {
        @case ('done') {
          <wd-alert kind="success" [takeFocus]="true">
            <p>{{ t('follows.unsubscribe.done') }}</p>
            <p><a routerLink="/meldingen">{{ t('follows.unsubscribe.settingsLink') }}</a></p>
          </wd-alert>
        }
        @default {
          <p class="lead">{{ t('follows.unsubscribe.intro') }}</p>
          @if (failure(); as failure) {
            <wd-alert kind="error" [takeFocus]="true"><p>{{ failure }}</p></wd-alert>
          }
          <p>
            <button type="button" class="button" [attr.aria-disabled]="state().kind === 'busy' || null" (click)="unsubscribe()">{{ t('follows.unsubscribe.submit') }}</button>
          </p>
        }
      }
    }
  `,
})
export class UnsubscribePage {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  /** Query parameters. */
  readonly account = input<string>();
  readonly token = input<string>();

  protected readonly complete = computed(() => !!this.account() && !!this.token());
  protected readonly state = signal<State>({ kind: 'ready' });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });

  protected unsubscribe(): void {
    if (this.state().kind === 'busy') return;
    this.state.set({ kind: 'busy' });
    this.http.post<void>('/api/notifications/unsubscribe', { account: this.account(), token: this.token() }).subscribe({
      next: () => this.state.set({ kind: 'done' }),
      error: (error: unknown) => this.state.set({ kind: 'failed', message: toFormProblem(error, this.t('common.networkError')).message }),
    });
  }
}
