import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { StemweekSummary } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { currentStemweek, describeTimeUntil } from './countdown';

/**
 * /stemweek: the current or next stemweek up front (countdown, "Stem nu", counting or result), the other
 * stemweeks with their archive pages, and how the stemweek works.
 */
@Component({
  selector: 'wd-stemweeks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert],
  templateUrl: './stemweeks-page.html',
  styleUrl: './stemweeks-page.css',
})
export class StemweeksPage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDateTime = this.i18n.formatDateTime;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly isAdmin = inject(Session).isAdmin;

  protected readonly stemweeks = signal<StemweekSummary[] | null>(null);
  protected readonly failed = signal(false);
  /** The countdown moves on once a minute; it is plain text, not a live region, so it does not chatter. */
  private readonly now = signal(Date.now());

  protected readonly current = computed(() => currentStemweek(this.stemweeks() ?? []));
  protected readonly others = computed(() => (this.stemweeks() ?? []).filter((stemweek) => stemweek.id !== this.current()?.id));
  protected readonly countdown = computed(() => {
    const current = this.current();
    return current?.state === 'upcoming' ? describeTimeUntil(this.now(), Date.parse(current.opensAt), this.i18n.plural, this.t) : '';
  });

  constructor() {
    inject(HttpClient)
      .get<StemweekSummary[]>('/api/stemweeks')
      .subscribe({ next: (stemweeks) => this.stemweeks.set(stemweeks), error: () => this.failed.set(true) });
    const timer = setInterval(() => this.now.set(Date.now()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
