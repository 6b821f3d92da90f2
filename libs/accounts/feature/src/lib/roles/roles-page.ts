import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, linkedSignal, numberAttribute, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { AccountSummary, GLOBAL_ROLES, GlobalRole, Page } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, Field, FieldControl, I18n, Pager, toFormProblem } from '@wijkdeal/shared-ui';
import { Session } from '../session/session';
import { SignInDelays } from './sign-in-delays';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: Page<AccountSummary> };

/** Admins search accounts and grant or revoke the global roles. */
@Component({
  selector: 'wd-roles-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, Alert, Pager, SignInDelays],
  templateUrl: './roles-page.html',
})
export class RolesPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  /** Query parameters: search words and page number. */
  readonly zoek = input<string>();
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly roles = GLOBAL_ROLES;
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly fields = defineFields('roles', { q: { label: 'accounts.roles.search', hint: 'accounts.roles.search.hint' } });
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly load = signal<Load>({ kind: 'loading' });
  /** The roles as the API last confirmed them, per account id. */
  protected readonly rolesOf = linkedSignal<Load, Record<string, GlobalRole[]>>({
    source: this.load,
    computation: (load) => (load.kind === 'loaded' ? Object.fromEntries(load.page.items.map((account) => [account.id, account.roles])) : {}),
  });
  protected readonly busyIds = signal<ReadonlySet<string>>(new Set());
  protected readonly status = signal('');
  protected readonly error = signal('');

  constructor() {
    effect(() => {
      const q = this.zoek() ?? '';
      const page = this.pagina();
      if (!this.isAdmin()) return;
      this.searchForm.setValue({ q });
      this.fetch(q, page);
    });
  }

  protected searchAccounts(): void {
    const q = this.searchForm.getRawValue().q.trim();
    void this.router.navigate([], { queryParams: { zoek: q || null, pagina: null }, queryParamsHandling: 'merge' });
  }

  protected changeRole(account: AccountSummary, role: GlobalRole, event: Event): void {
    const box = event.target as HTMLInputElement;
    const grant = box.checked;
    this.status.set('');
    this.error.set('');
    this.busyIds.update((ids) => new Set(ids).add(account.id));
    const request = grant
      ? this.http.post<GlobalRole[]>(`/api/accounts/${account.id}/roles`, { role })
      : this.http.delete<GlobalRole[]>(`/api/accounts/${account.id}/roles/${role}`);
    request.subscribe({
      next: (roles) => {
        this.done(account.id);
        this.rolesOf.update((all) => ({ ...all, [account.id]: roles }));
        const params = { name: account.displayName, role: this.t(`accounts.roleInSentence.${role}`) };
        this.status.set(this.t(grant ? 'accounts.roles.granted' : 'accounts.roles.revoked', params));
        // Someone who changes their own roles sees the effect at once (menus, access).
        if (account.id === this.session.account()?.id) void this.session.load();
      },
      error: (error: unknown) => {
        this.done(account.id);
        box.checked = !grant;
        this.error.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  protected hasRole(account: AccountSummary, role: GlobalRole): boolean {
    return (this.rolesOf()[account.id] ?? account.roles).includes(role);
  }

  private done(id: string): void {
    this.busyIds.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }

  private fetch(q: string, page: number): void {
    this.load.set({ kind: 'loading' });
    let params = new HttpParams().set('page', page);
    if (q) params = params.set('q', q);
    this.http.get<Page<AccountSummary>>('/api/accounts', { params }).subscribe({
      next: (result) => this.load.set({ kind: 'loaded', page: result }),
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
