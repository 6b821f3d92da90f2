import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, Notice, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';

/** Deleting the account, confirmed with the password (DELETE /api/auth/me). */
@Component({
  selector: 'wd-delete-account-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="deleteAccount()" novalidate>
      <wd-error-summary summaryId="delete-errors" [problem]="problem()" [fields]="fields" />
      <wd-field [spec]="fields.password" [problem]="problem()">
        <input wdControl type="password" formControlName="password" autocomplete="current-password" required />
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button button--danger" [attr.aria-disabled]="busy() || null">{{ t('accounts.delete.submit') }}</button>
      </div>
    </form>
  `,
})
export class DeleteAccountForm {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  protected readonly t = inject(I18n).t;

  protected readonly fields = defineFields('delete-account', {
    password: { label: 'accounts.field.password', hint: 'accounts.delete.password.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({ password: ['', Validators.required] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  protected deleteAccount(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.delete<void>('/api/auth/me', { body: this.form.getRawValue() }).subscribe({
      next: () => {
        this.session.clear();
        this.notice.showAfterNavigation('accounts.notice.deleted');
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
