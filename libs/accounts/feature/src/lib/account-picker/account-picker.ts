import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { AccountSummary, Page } from '@wijkdeal/shared-contracts';
import { defineFields, Field, FieldControl, FieldSpec, FormProblem, I18n } from '@wijkdeal/shared-ui';

/** Enough to find one person; more means the search words are too broad. */
const PAGE_SIZE = 10;

/**
 * The field of an account picker, for the error summary of the form it belongs to. Its name is `accountId`, as the
 * API names the field, so "choose an account first" and the API's messages land next to the search box.
 */
export function accountPickerField(pickerId: string): FieldSpec {
  return defineFields(pickerId, { accountId: { label: 'accountPicker.search', hint: 'accountPicker.search.hint' } }).accountId;
}

/**
 * Admins find an account by name or e-mail address (GET /api/accounts?q=) and choose one with a radio button,
 * the search pattern of the roles page. Its own form, so Enter in the search box searches instead of submitting
 * the form it serves. Routes that use it provide `accountPickerTexts`.
 */
@Component({
  selector: 'wd-account-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl],
  styles: `
    :host {
      display: block;
    }
    .account-picker__email {
      overflow-wrap: anywhere;
    }
  `,
  template: `
    <form class="form search-form" role="search" [attr.aria-label]="searchLabel()" [formGroup]="searchForm" (ngSubmit)="searchAccounts()">
      <wd-field [spec]="field()" [problem]="problem()">
        <input wdControl type="search" formControlName="q" maxlength="100" spellcheck="false" autocomplete="off" />
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button button--secondary" [attr.aria-disabled]="busy() || null">{{ t('accountPicker.submit') }}</button>
      </div>
    </form>
    <p class="action-status" role="status">{{ status() }}</p>
    @if (results().length) {
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{{ t('accountPicker.choose') }}</legend>
        <div class="choices">
          @for (account of results(); track account.id) {
            <label class="choice">
              <input type="radio" [name]="pickerId() + '-account'" [value]="account.id" [checked]="chosen()?.id === account.id" (change)="chooseAccount(account)" />
              <span>{{ account.displayName }} <span class="muted account-picker__email">({{ account.email }})</span></span>
            </label>
          }
        </div>
      </fieldset>
    }
  `,
})
export class AccountPicker {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  /** Unique per page: the ids of the search box and the radio group start with it. */
  readonly pickerId = input.required<string>();
  /** The name of the search landmark, e.g. "Account zoeken voor een nieuwe contactpersoon". */
  readonly searchLabel = input.required<string>();
  readonly problem = input<FormProblem | null>(null);
  readonly chosen = model<AccountSummary | null>(null);

  protected readonly field = computed(() => accountPickerField(this.pickerId()));
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly results = signal<AccountSummary[]>([]);
  protected readonly status = signal('');
  protected readonly busy = signal(false);

  /** After the account was added: start again with an empty search. */
  clear(): void {
    this.searchForm.reset();
    this.results.set([]);
    this.chosen.set(null);
  }

  protected searchAccounts(): void {
    if (this.busy()) return;
    const q = this.searchForm.getRawValue().q.trim();
    this.busy.set(true);
    this.status.set(this.t('accountPicker.searching'));
    this.http.get<Page<AccountSummary>>('/api/accounts', { params: { q, pageSize: PAGE_SIZE } }).subscribe({
      next: (page) => {
        this.busy.set(false);
        this.results.set(page.items);
        if (!page.items.some((account) => account.id === this.chosen()?.id)) this.chosen.set(null);
        const found = page.total === 0 ? this.t('accountPicker.none') : this.i18n.plural('accountPicker.found', page.total);
        this.status.set(page.total > page.items.length ? `${found} ${this.t('accountPicker.more', { count: page.items.length })}` : found);
      },
      error: () => {
        this.busy.set(false);
        this.results.set([]);
        this.status.set(this.t('common.loadFailed'));
      },
    });
  }

  protected chooseAccount(account: AccountSummary): void {
    this.chosen.set(account);
  }
}
