import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AccountMe, PASSWORD_MIN_LENGTH, RegisterRequest } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, Notice, toFormProblem } from '@wijkdeal/shared-ui';
import { switchMap } from 'rxjs';
import { Session } from '../session/session';

@Component({
  selector: 'wd-sign-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Field, FieldControl, ErrorSummary, Alert],
  templateUrl: './sign-up-page.html',
})
export class SignUpPage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  protected readonly fields = defineFields('sign-up', {
    displayName: { label: 'accounts.field.displayName', hint: 'accounts.field.displayName.hint' },
    email: { label: 'accounts.field.email', hint: 'accounts.field.email.signUpHint' },
    password: { label: 'accounts.field.password', hint: 'accounts.field.newPassword.hint', hintParams: { min: PASSWORD_MIN_LENGTH } },
    postcode: { label: 'accounts.field.postcode', hint: 'accounts.field.postcode.hint' },
    houseNumber: { label: 'accounts.field.houseNumber', hint: 'accounts.field.houseNumber.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: ['', Validators.required],
    email: ['', Validators.required],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    postcode: [''],
    houseNumber: [''],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  /** The account exists but the automatic sign-in after it failed. */
  protected readonly signInFailed = signal(false);

  protected signUp(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { displayName, email, password, postcode, houseNumber } = this.form.getRawValue();
    const request: RegisterRequest = { displayName, email, password, locale: this.i18n.lang() };
    if (postcode.trim()) request.postcode = postcode;
    if (houseNumber.trim()) request.houseNumber = houseNumber;
    this.busy.set(true);
    let registered = false;
    this.http
      .post<AccountMe>('/api/auth/register', request)
      .pipe(
        switchMap(() => {
          registered = true;
          return this.session.signIn({ email, password });
        }),
      )
      .subscribe({
        next: () => {
          this.notice.showAfterNavigation('accounts.notice.welcome');
          void this.router.navigateByUrl('/account');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          if (registered) this.signInFailed.set(true);
          else this.problem.set(toFormProblem(error, this.t('common.networkError')));
        },
      });
  }
}
