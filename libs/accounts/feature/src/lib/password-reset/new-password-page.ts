import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PASSWORD_MIN_LENGTH } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';

/** Opened from the reset e-mail: /account/nieuw-wachtwoord?token=… */
@Component({
  selector: 'wd-new-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Field, FieldControl, ErrorSummary, Alert],
  template: `
    <h1>{{ t('accounts.reset.title') }}</h1>
    @if (done()) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ t('accounts.reset.done') }}</p></wd-alert>
      <p><a class="button" routerLink="/account/inloggen">{{ t('accounts.signIn.submit') }}</a></p>
    } @else if (!token()) {
      <wd-alert kind="error"><p>{{ t('accounts.reset.noToken') }}</p></wd-alert>
      <p><a routerLink="/account/wachtwoord-vergeten">{{ t('accounts.reset.requestNew') }}</a></p>
    } @else {
      <p class="lead">{{ t('accounts.reset.intro') }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="savePassword()" novalidate>
        <wd-error-summary summaryId="reset-errors" [problem]="problem()" [fields]="fields" />
        <wd-field [spec]="fields.password" [problem]="problem()">
          <input wdControl type="password" formControlName="password" autocomplete="new-password" required />
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('accounts.reset.submit') }}</button>
        </div>
      </form>
      @if (problem()?.code === 'TOKEN_INVALID') {
        <p><a routerLink="/account/wachtwoord-vergeten">{{ t('accounts.reset.requestNew') }}</a></p>
      }
    }
  `,
})
export class NewPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  readonly token = input<string>();

  protected readonly fields = defineFields('new-password', {
    password: { label: 'accounts.field.newPassword', hint: 'accounts.field.newPassword.hint', hintParams: { min: PASSWORD_MIN_LENGTH } },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly done = signal(false);
  protected readonly busy = signal(false);

  protected savePassword(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<void>('/api/auth/password-reset', { token: this.token(), password: this.form.getRawValue().password }).subscribe({
      next: () => {
        this.busy.set(false);
        // A new password ends every session, this one included.
        this.session.clear();
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
