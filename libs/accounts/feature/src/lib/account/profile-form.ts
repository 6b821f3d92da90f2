import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { AccountMe, Locale } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';

/** Name, address and language (PATCH /api/auth/me). */
@Component({
  selector: 'wd-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  templateUrl: './profile-form.html',
})
export class ProfileForm {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  readonly account = input.required<AccountMe>();

  protected readonly fields = defineFields('profile', {
    displayName: { label: 'accounts.field.displayName', hint: 'accounts.field.displayName.hint' },
    postcode: { label: 'accounts.field.postcode', hint: 'accounts.field.postcode.hint' },
    houseNumber: { label: 'accounts.field.houseNumber', hint: 'accounts.field.houseNumber.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: ['', Validators.required],
    postcode: [''],
    houseNumber: [''],
    locale: ['nl' as Locale],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    // Fill the form from the account once it is known (and again after a save).
    effect(() => {
      const account = this.account();
      untracked(() =>
        this.form.reset({ displayName: account.displayName, postcode: account.postcode ?? '', houseNumber: account.houseNumber ?? '', locale: account.locale }),
      );
    });
  }

  protected saveProfile(): void {
    if (this.busy()) return;
    this.saved.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { displayName, postcode, houseNumber, locale } = this.form.getRawValue();
    this.busy.set(true);
    this.http.patch<AccountMe>('/api/auth/me', { displayName, postcode: postcode.trim() || null, houseNumber: houseNumber.trim() || null, locale }).subscribe({
      next: (account) => {
        this.busy.set(false);
        if (account.locale !== this.i18n.lang()) this.i18n.setLang(account.locale);
        this.session.update(account);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
