import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StemweekSummary } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';

/** /beheer/stemweken — every stemweek with its state; start a new one or import an earlier one. */
@Component({
  selector: 'wd-stemweek-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert],
  template: `
    <h1>{{ t('stemweek.admin.list.title') }}</h1>
    <p class="lead">{{ t('stemweek.admin.list.intro') }}</p>
    <div class="form__actions">
      <a class="button" routerLink="/beheer/stemweken/nieuw">{{ t('stemweek.admin.new.title') }}</a>
      <a class="button button--secondary" routerLink="/beheer/stemweken/importeren">{{ t('stemweek.admin.import.title') }}</a>
    </div>
    @if (stemweeks(); as stemweeks) {
      @if (stemweeks.length) {
        <ul class="plain-list admin-list">
          @for (stemweek of stemweeks; track stemweek.id) {
            <li class="admin-list__item">
              <a class="admin-list__link" [routerLink]="['/beheer/stemweken', stemweek.id]">{{ pick(stemweek.title) }}</a>
              <span class="muted">
                <span class="badge">{{ t('stemweek.state.' + stemweek.state) }}</span>
                {{ t('stemweek.overview.period', { opens: formatDate(stemweek.opensAt), closes: formatDate(stemweek.closedAt ?? stemweek.closesAt) }) }}
                @if (stemweek.imported) {
                  · {{ t('stemweek.overview.imported') }}
                }
              </span>
            </li>
          }
        </ul>
      } @else {
        <p class="section">{{ t('stemweek.admin.list.empty') }}</p>
      }
    } @else if (failed()) {
      <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
    } @else {
      <p role="status">{{ t('common.loading') }}</p>
    }
  `,
  styles: `
    .admin-list {
      margin-top: 2rem;
    }
    .admin-list__item {
      padding: 0.75rem 0;
      border-top: 1px solid var(--line);
    }
    .admin-list__link {
      display: flex;
      align-items: center;
      min-height: 44px;
      font-weight: 700;
      font-size: 1.125rem;
    }
  `,
})
export class StemweekListPage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly stemweeks = signal<StemweekSummary[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    inject(HttpClient)
      .get<StemweekSummary[]>('/api/stemweeks')
      .subscribe({ next: (stemweeks) => this.stemweeks.set(stemweeks), error: () => this.failed.set(true) });
  }
}
