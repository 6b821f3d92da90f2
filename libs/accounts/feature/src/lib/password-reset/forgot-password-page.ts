import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** Asks for a reset link (POST /api/auth/password-reset/request); the answer is the same whether the address is known or not. */
@Component({
  selector: 'wd-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  template: `
    <h1>{{ t('accounts.forgot.title') }}</h1>
    <p class="lead">{{ t('accounts.forgot.intro') }}</p>
    <form class="form" [formGroup]="form" (ngSubmit)="requestLink()" novalidate>
      <wd-error-summary summaryId="forgot-errors" [problem]="problem()" [fields]="fields" />
      @if (sent()) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('accounts.forgot.sent') }}</p></wd-alert>
      }
      <wd-field [spec]="fields.email" [problem]="problem()">
        <input wdControl type="email" formControlName="email" autocomplete="email" inputmode="email" spellcheck="false" required />
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('accounts.forgot.submit') }}</button>
      </div>
    </form>
  `,
})
export class ForgotPasswordPage {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  protected readonly fields = defineFields('forgot', { email: { label: 'accounts.field.email' } });
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: ['', Validators.required] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly sent = signal(false);
  protected readonly busy = signal(false);

  protected requestLink(): void {
    if (this.busy()) return;
    this.sent.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<void>('/api/auth/password-reset/request', this.form.getRawValue()).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
