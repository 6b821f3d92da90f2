import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StemweekDetail, StemweekResults } from '@wijkdeal/shared-contracts';
import { Alert, errorCode, I18n, PageTitle } from '@wijkdeal/shared-ui';
import { forkJoin } from 'rxjs';
import { ReceiptLookup } from './receipt-lookup';

type Load =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'not-yet'; stemweek: StemweekDetail | null }
  | { kind: 'failed' }
  | { kind: 'loaded'; stemweek: StemweekDetail; results: StemweekResults };

/** Width of a score's bar: its share of the highest score, at least a sliver when it is above zero. */
export function barPercent(score: number, highest: number): number {
  if (highest <= 0 || score <= 0) return 0;
  return Math.max(1, Math.round((score / highest) * 1000) / 10);
}

/**
 * /stemweek/:id/uitslag — the result: turnout per channel, every project's score and place in a table (the bars are
 * decoration beside the numbers), the selected projects marked in words, ties and how they were settled, the rule,
 * the ballot files to recount and the receipt lookup. Admins see the same as a preview after closing.
 */
@Component({
  selector: 'wd-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ReceiptLookup],
  templateUrl: './results-page.html',
  styleUrl: './results-page.css',
})
export class ResultsPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatEuros = this.i18n.formatEuros;
  protected readonly formatDateTime = this.i18n.formatDateTime;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly loaded = computed(() => {
    const load = this.load();
    return load.kind === 'loaded' ? load : null;
  });
  protected readonly highest = computed(() => Math.max(0, ...(this.loaded()?.results.ranking.map((entry) => entry.score) ?? [])));
  protected readonly countsVotes = computed(() => {
    const kind = this.loaded()?.results.method.kind;
    return kind === 'approval' || kind === 'choose-1';
  });
  protected readonly channels = computed(() => {
    const results = this.loaded()?.results;
    if (!results) return [];
    const turnout = results.turnout;
    const rows = [
      { key: 'account', count: turnout.account },
      { key: 'code', count: turnout.code },
      { key: 'paper', count: turnout.paper },
      { key: 'imported', count: turnout.imported },
    ];
    // An archive has only imported ballots; a stemweek of our own never has any.
    return rows.filter((row) => (row.key === 'imported' ? row.count > 0 : turnout.imported === 0));
  });
  protected readonly downloadBase = computed(() => `/api/stemweeks/${this.id()}`);

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      const stemweek = load.kind === 'loaded' ? load.stemweek : load.kind === 'not-yet' ? load.stemweek : null;
      return stemweek ? this.t('stemweek.results.pageTitle', { title: this.pick(stemweek.title) }) : this.t('stemweek.results.title');
    });
    effect(() => this.fetch(this.id()));
  }

  protected bar(score: number): number {
    return barPercent(score, this.highest());
  }

  protected keyOf(entry: { projectId?: string; externalId?: string }): string {
    return entry.projectId ?? entry.externalId ?? '';
  }

  private fetch(id: string): void {
    this.load.set({ kind: 'loading' });
    const base = `/api/stemweeks/${encodeURIComponent(id)}`;
    forkJoin({ stemweek: this.http.get<StemweekDetail>(base), results: this.http.get<StemweekResults>(`${base}/results`) }).subscribe({
      next: ({ stemweek, results }) => this.load.set({ kind: 'loaded', stemweek, results }),
      error: (error: unknown) => {
        const code = errorCode(error);
        if (code === 'RESULTS_NOT_PUBLISHED' || code === 'STEMWEEK_NOT_CLOSED') {
          this.http.get<StemweekDetail>(base).subscribe({
            next: (stemweek) => this.load.set({ kind: 'not-yet', stemweek }),
            error: () => this.load.set({ kind: 'not-yet', stemweek: null }),
          });
        } else this.load.set({ kind: code === 'NOT_FOUND' || code === 'VALIDATION_FAILED' ? 'not-found' : 'failed' });
      },
    });
  }
}
