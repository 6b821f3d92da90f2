import { HttpClient, HttpParams } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, numberAttribute, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { Page, PROPOSAL_STATUSES, ProposalStatus, ProposalSummary, ThemeSummary } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, Field, FieldControl, I18n, Pager } from '@wijkdeal/shared-ui';
import { RichText } from '../rich-text/rich-text';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: Page<ProposalSummary> };

const isStatus = (value: string | undefined): value is ProposalStatus => (PROPOSAL_STATUSES as readonly string[]).includes(value ?? '');

/** Residents' ideas, newest first, filtered by theme and status; the filters live in the URL like on the project list. */
@Component({
  selector: 'wd-ideas-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Field, FieldControl, Alert, Pager, RichText],
  templateUrl: './ideas-page.html',
})
export class IdeasPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly signedIn = inject(Session).signedIn;

  /** Query parameters. */
  readonly thema = input<string>();
  readonly status = input<string>();
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly statuses = PROPOSAL_STATUSES;
  protected readonly fields = defineFields('ideas-filter', {
    theme: { label: 'ideas.filter.theme' },
    status: { label: 'ideas.filter.status' },
  });
  protected readonly filters = inject(FormBuilder).nonNullable.group({ theme: [''], status: [''] });
  protected readonly themes = signal<ThemeSummary[]>([]);
  protected readonly load = signal<Load>({ kind: 'loading' });
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('results');
  private focusResults = false;

  constructor() {
    this.http.get<ThemeSummary[]>('/api/themes').subscribe({ next: (themes) => this.themes.set(themes), error: () => this.themes.set([]) });
    effect(() => {
      const theme = this.thema() ?? '';
      const status = isStatus(this.status()) ? (this.status() as ProposalStatus) : '';
      this.filters.setValue({ theme, status });
      this.fetch(theme, status, this.pagina());
    });
  }

  protected applyFilters(): void {
    const { theme, status } = this.filters.getRawValue();
    this.focusResults = true;
    void this.router.navigate([], { queryParams: { thema: theme || null, status: status || null, pagina: null } });
  }

  protected pageChanged(): void {
    this.focusResults = true;
  }

  private fetch(theme: string, status: string, page: number): void {
    this.load.set({ kind: 'loading' });
    let params = new HttpParams().set('page', page);
    if (theme) params = params.set('theme', theme);
    if (status) params = params.set('status', status);
    this.http.get<Page<ProposalSummary>>('/api/proposals', { params }).subscribe({
      next: (result) => {
        this.load.set({ kind: 'loaded', page: result });
        if (!this.focusResults) return;
        this.focusResults = false;
        afterNextRender(() => this.resultsHeading()?.nativeElement.focus(), { injector: this.injector });
      },
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
