import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AccountPicker, accountPickerField } from '@wijkdeal/accounts-feature/account-picker';
import { AccountSummary, ThemeContactView, ThemeDetail } from '@wijkdeal/shared-contracts';
import { Alert, ConfirmButton, ErrorSummary, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

const PICKER_ID = 'theme-contact';

/** The organisations contacts come from; the name is stored as written here, the same in both languages. */
const ORGANISATIONS = [
  { value: '', label: 'themes.contacts.organisation.none' },
  { value: 'Gemeente Groningen', label: 'themes.contacts.organisation.municipality' },
  { value: 'WIJ-team', label: 'themes.contacts.organisation.wij' },
  { value: 'Bewoner', label: 'themes.contacts.organisation.resident' },
] as const;

/** Admins make accounts contact persons of a theme (POST /api/themes/:slug/contacts) and end that role (DELETE …/:contactId). */
@Component({
  selector: 'wd-theme-contacts-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ConfirmButton, ErrorSummary, AccountPicker],
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @if (done(); as message) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ message }}</p></wd-alert>
    }
    @if (removeProblem(); as message) {
      <wd-alert kind="error" [takeFocus]="true"><p>{{ message }}</p></wd-alert>
    }

    <h3>{{ t('themes.contacts.current') }}</h3>
    @if (theme().contacts.length) {
      <ul class="plain-list">
        @for (contact of theme().contacts; track contact.id) {
          <li class="admin-list__item">
            <p>
              <strong>{{ contact.name }}</strong>
              @if (contact.organisation) {
                <span class="muted">, {{ contact.organisation }}</span>
              }
            </p>
            <wd-confirm-button
              [label]="t('themes.contacts.remove')"
              [subject]="contact.name"
              [question]="t('themes.contacts.removeQuestion', { name: contact.name })"
              [confirmLabel]="t('themes.contacts.removeYes')"
              [cancelLabel]="t('themes.contacts.removeNo')"
              [questionId]="'contact-remove-' + contact.id"
              (confirmed)="removeContact(contact)"
            />
          </li>
        }
      </ul>
    } @else {
      <p>{{ t('themes.contacts.none') }}</p>
    }

    <h3>{{ t('themes.contacts.add') }}</h3>
    <wd-error-summary summaryId="theme-contact-errors" [problem]="problem()" [fields]="fields" />
    <wd-account-picker [pickerId]="pickerId" [searchLabel]="t('themes.contacts.searchLabel')" [problem]="problem()" [(chosen)]="chosen" />
    <form class="form" [formGroup]="form" (ngSubmit)="addContact()" novalidate>
      @if (chosen(); as account) {
        <p class="lead">{{ t('themes.contacts.chosen', { name: account.displayName }) }}</p>
      }
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{{ t('themes.contacts.organisation') }}</legend>
        <div class="choices">
          @for (organisation of organisations; track organisation.value) {
            <label class="choice">
              <input type="radio" formControlName="organisation" [value]="organisation.value" />
              {{ t(organisation.label) }}
            </label>
          }
        </div>
      </fieldset>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('themes.contacts.submit') }}</button>
      </div>
    </form>
  `,
})
export class ThemeContactsAdmin {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;
  private readonly picker = viewChild.required(AccountPicker);

  readonly theme = input.required<ThemeDetail>();
  readonly contactsChanged = output<ThemeContactView[]>();

  protected readonly pickerId = PICKER_ID;
  protected readonly organisations = ORGANISATIONS;
  protected readonly fields = { accountId: accountPickerField(PICKER_ID) };
  protected readonly form = inject(FormBuilder).nonNullable.group({ organisation: [''] });
  protected readonly chosen = signal<AccountSummary | null>(null);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly removeProblem = signal('');
  protected readonly done = signal('');
  protected readonly busy = signal(false);

  protected addContact(): void {
    if (this.busy()) return;
    this.done.set('');
    this.removeProblem.set('');
    const account = this.chosen();
    if (!account) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { accountId: this.t('accountPicker.chooseFirst') }, other: [] });
      return;
    }
    this.problem.set(null);
    const { organisation } = this.form.getRawValue();
    this.busy.set(true);
    this.http.post<ThemeContactView>(`/api/themes/${encodeURIComponent(this.theme().slug)}/contacts`, { accountId: account.id, ...(organisation ? { organisation } : {}) }).subscribe({
      next: (contact) => {
        this.busy.set(false);
        this.form.reset();
        this.picker().clear();
        this.done.set(this.t('themes.contacts.added', { name: contact.name }));
        this.contactsChanged.emit([...this.theme().contacts, contact]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  protected removeContact(contact: ThemeContactView): void {
    this.done.set('');
    this.removeProblem.set('');
    this.http.delete<void>(`/api/themes/${encodeURIComponent(this.theme().slug)}/contacts/${contact.id}`).subscribe({
      next: () => {
        this.done.set(this.t('themes.contacts.removed', { name: contact.name }));
        this.contactsChanged.emit(this.theme().contacts.filter((candidate) => candidate.id !== contact.id));
      },
      error: (error: unknown) => this.removeProblem.set(toFormProblem(error, this.t('common.networkError')).message),
    });
  }
}
