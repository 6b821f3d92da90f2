import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Alert, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';

type State = { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string } | { kind: 'no-token' };

/** Opened from the link in the e-mail: /account/bevestigen?token=… */
@Component({
  selector: 'wd-verify-email-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert],
  template: `
    <h1>{{ t('accounts.verify.title') }}</h1>
    @switch (state().kind) {
      @case ('busy') {
        <p role="status">{{ t('accounts.verify.busy') }}</p>
      }
      @case ('done') {
        <wd-alert kind="success"><p>{{ t('accounts.verify.done') }}</p></wd-alert>
        <p>
          @if (session.signedIn()) {
            <a routerLink="/account">{{ t('accounts.verify.toAccount') }}</a>
          } @else {
            <a routerLink="/">{{ t('accounts.verify.toHome') }}</a>
          }
        </p>
      }
      @case ('failed') {
        <wd-alert kind="error">
          <p>{{ failure() }}</p>
          <p>{{ t('accounts.verify.newLinkHint') }}</p>
        </wd-alert>
        <p><a routerLink="/account">{{ t('accounts.verify.toAccount') }}</a></p>
      }
      @case ('no-token') {
        <wd-alert kind="error"><p>{{ t('accounts.verify.noToken') }}</p></wd-alert>
      }
    }
  `,
})
export class VerifyEmailPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  readonly token = input<string>();

  protected readonly state = signal<State>({ kind: 'busy' });

  protected failure(): string {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  }

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set({ kind: 'no-token' });
      return;
    }
    this.http.post<void>('/api/auth/verify-email', { token }).subscribe({
      next: () => {
        this.state.set({ kind: 'done' });
        if (this.session.signedIn()) void this.session.load();
      },
      error: (error: unknown) => this.state.set({ kind: 'failed', message: toFormProblem(error, this.t('common.networkError')).message }),
    });
  }
}
