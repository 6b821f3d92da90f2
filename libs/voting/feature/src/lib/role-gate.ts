import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { GlobalRole } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';

/**
 * Shows the child page only to accounts with one of the route's `roles`; others get a plain explanation instead
 * of a page full of buttons that would all fail. (The API checks the roles again on every request.)
 */
@Component({
  selector: 'wd-role-gate',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, Alert],
  template: `
    @if (allowed()) {
      <router-outlet />
    } @else {
      <h1>{{ t('stemweek.gate.title') }}</h1>
      <wd-alert kind="warning"><p>{{ t(roles().includes('teller') ? 'stemweek.gate.tellers' : 'stemweek.gate.admins') }}</p></wd-alert>
    }
  `,
})
export class RoleGate {
  private readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  /** Route data: who may see the pages below. */
  readonly roles = input<readonly GlobalRole[]>(['admin']);

  protected readonly allowed = computed(() => this.roles().some((role) => this.session.hasRole(role)));
}
