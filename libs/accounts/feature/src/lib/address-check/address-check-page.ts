import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { AddressVerificationRequest } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';

/**
 * /account/adres-controleren — a teller at the Werkplaats confirms in person that a resident lives at the address on
 * their account (an identity document, a letter to that address), so the account may vote. The teller types what
 * they saw; the page shows nothing of the account, so it cannot be used to look anyone up.
 */
@Component({
  selector: 'wd-address-check-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  template: `
    <h1>{{ t('accounts.addressCheck.title') }}</h1>
    @if (allowed()) {
      <p class="lead">{{ t('accounts.addressCheck.intro') }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="confirmAddress()" novalidate>
        <wd-error-summary summaryId="address-check-errors" [problem]="problem()" [fields]="fields" />
        @if (confirmed(); as email) {
          <wd-alert kind="success" [takeFocus]="true"><p>{{ t('accounts.addressCheck.done', { email }) }}</p></wd-alert>
        }
        <wd-field [spec]="fields.email" [problem]="problem()">
          <input wdControl type="email" formControlName="email" autocomplete="off" inputmode="email" spellcheck="false" required />
        </wd-field>
        <wd-field [spec]="fields.postcode" [problem]="problem()">
          <input wdControl type="text" formControlName="postcode" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="7" required />
        </wd-field>
        <wd-field [spec]="fields.houseNumber" [problem]="problem()">
          <input wdControl type="text" formControlName="houseNumber" autocomplete="off" spellcheck="false" maxlength="12" required />
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('accounts.addressCheck.submit') }}</button>
        </div>
      </form>
    } @else {
      <wd-alert kind="warning"><p>{{ t('accounts.addressCheck.notAllowed') }}</p></wd-alert>
    }
  `,
})
export class AddressCheckPage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  protected readonly allowed = computed(() => !!this.session.account()?.roles.some((role) => role === 'teller' || role === 'admin'));
  protected readonly fields = defineFields('address-check', {
    email: { label: 'accounts.field.email' },
    postcode: { label: 'accounts.field.postcode', hint: 'accounts.addressCheck.postcodeHint' },
    houseNumber: { label: 'accounts.field.houseNumber' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: ['', Validators.required], postcode: ['', Validators.required], houseNumber: ['', Validators.required] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly confirmed = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected confirmAddress(): void {
    if (this.busy()) return;
    this.confirmed.set(null);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const request: AddressVerificationRequest = this.form.getRawValue();
    this.busy.set(true);
    this.http.post<void>('/api/accounts/address-verification', request).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirmed.set(request.email);
        // Ready for the next resident at the counter.
        this.form.reset();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
