import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Alert, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';
import { DeleteAccountForm } from './delete-account-form';
import { ProfileForm } from './profile-form';

@Component({
  selector: 'wd-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ProfileForm, DeleteAccountForm],
  templateUrl: './account-page.html',
})
export class AccountPage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  protected readonly account = this.session.account;
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly isTeller = computed(() => !!this.account()?.roles.some((role) => role === 'teller' || role === 'admin'));
  protected readonly roles = computed(() => (this.account()?.roles ?? []).map((role) => this.t(`accounts.role.${role}`)).join(', '));
  protected readonly resent = signal(false);
  protected readonly resendProblem = signal<FormProblem | null>(null);
  protected readonly resending = signal(false);

  protected resendVerification(): void {
    if (this.resending()) return;
    this.resending.set(true);
    this.resent.set(false);
    this.resendProblem.set(null);
    this.http.post<void>('/api/auth/verify-email/resend', {}).subscribe({
      next: () => {
        this.resending.set(false);
        this.resent.set(true);
      },
      error: (error: unknown) => {
        this.resending.set(false);
        this.resendProblem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
