import { HttpClient, HttpParams } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, numberAttribute, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Page, PROJECT_STATUSES, ProjectStatus, ProjectSummary, StemweekSummary, ThemeSummary } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, Field, FieldControl, I18n, Pager, ProjectCard } from '@wijkdeal/shared-ui';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: Page<ProjectSummary> };

const isStatus = (value: string | undefined): value is ProjectStatus => (PROJECT_STATUSES as readonly string[]).includes(value ?? '');

/** All projects, filtered by theme, status, words and a stemweek's selection; the filters live in the URL so a search can be shared. */
@Component({
  selector: 'wd-projects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Field, FieldControl, Alert, Pager, ProjectCard],
  templateUrl: './projects-page.html',
})
export class ProjectsPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;

  /** Query parameters. */
  readonly thema = input<string>();
  readonly status = input<string>();
  readonly zoek = input<string>();
  /** Id of a published stemweek: only the projects it selected. */
  readonly stemweek = input<string>();
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly statuses = PROJECT_STATUSES;
  protected readonly fields = defineFields('projects-filter', {
    theme: { label: 'projects.filter.theme' },
    status: { label: 'projects.filter.status' },
    q: { label: 'projects.filter.q' },
    stemweek: { label: 'projects.filter.stemweek' },
  });
  protected readonly filters = inject(FormBuilder).nonNullable.group({ theme: [''], status: [''], q: [''], stemweek: [''] });
  protected readonly themes = signal<ThemeSummary[]>([]);
  protected readonly stemweeks = signal<StemweekSummary[]>([]);
  protected readonly load = signal<Load>({ kind: 'loading' });
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('results');
  /** Set when the person filtered or paged, so focus goes to the new results (not on first arrival). */
  private focusResults = false;

  constructor() {
    this.http.get<ThemeSummary[]>('/api/themes').subscribe({ next: (themes) => this.themes.set(themes), error: () => this.themes.set([]) });
    this.http.get<StemweekSummary[]>('/api/stemweeks').subscribe({
      next: (stemweeks) => this.stemweeks.set(stemweeks.filter((stemweek) => stemweek.state === 'published')),
      error: () => this.stemweeks.set([]),
    });
    effect(() => {
      const theme = this.thema() ?? '';
      const status = isStatus(this.status()) ? (this.status() as ProjectStatus) : '';
      const q = this.zoek() ?? '';
      const stemweek = this.stemweek() ?? '';
      this.filters.setValue({ theme, status, q, stemweek });
      this.fetch(theme, status, q, stemweek, this.pagina());
    });
  }

  protected applyFilters(): void {
    const { theme, status, q, stemweek } = this.filters.getRawValue();
    this.focusResults = true;
    void this.router.navigate([], { queryParams: { thema: theme || null, status: status || null, zoek: q.trim() || null, stemweek: stemweek || null, pagina: null } });
  }

  protected pageChanged(): void {
    this.focusResults = true;
  }

  private fetch(theme: string, status: string, q: string, stemweek: string, page: number): void {
    this.load.set({ kind: 'loading' });
    let params = new HttpParams().set('page', page);
    if (theme) params = params.set('theme', theme);
    if (status) params = params.set('status', status);
    if (q) params = params.set('q', q);
    if (stemweek) params = params.set('selectedIn', stemweek);
    this.http.get<Page<ProjectSummary>>('/api/projects', { params }).subscribe({
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
