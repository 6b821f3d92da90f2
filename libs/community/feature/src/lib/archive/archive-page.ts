import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ArchiveEntry, Page } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, Field, FieldControl, I18n, Pager } from '@wijkdeal/shared-ui';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: Page<ArchiveEntry> };

/** Reports of the café and news flashes together, newest first, searchable (GET /api/archive?q=). */
@Component({
  selector: 'wd-archive-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Alert, Field, FieldControl, Pager],
  template: `
    <h1>{{ t('community.archive.title') }}</h1>
    <p class="lead">{{ t('community.archive.lead') }}</p>
    <form class="form" role="search" [formGroup]="searchForm" (ngSubmit)="searchArchive()">
      <wd-field [spec]="fields.q">
        <input wdControl type="search" formControlName="q" maxlength="100" />
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button">{{ t('community.archive.searchSubmit') }}</button>
      </div>
    </form>

    <p class="results-count" role="status">{{ resultText() }}</p>
    @if (load(); as load) {
      @if (load.kind === 'loading') {
        <p>{{ t('common.loading') }}</p>
      } @else if (load.kind === 'failed') {
        <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
      } @else {
        @if (load.page.items.length === 0) {
          <p>{{ t('community.archive.none') }}</p>
        }
        <ul class="plain-list timeline">
          @for (entry of load.page.items; track entry.kind + entry.id) {
            <li>
              <h2 class="update__title"><a [routerLink]="entry.link">{{ pick(entry.title) }}</a></h2>
              <p class="update__meta">
                <span class="badge">{{ t('community.archive.kind.' + entry.kind) }}</span>
                {{ formatDate(entry.date) }}
              </p>
              <p>{{ pick(entry.excerpt) }}</p>
            </li>
          }
        </ul>
        <wd-pager [page]="load.page.page" [pageSize]="load.page.pageSize" [total]="load.page.total" />
      }
    }
  `,
})
export class ArchivePage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDate = this.i18n.formatDate;

  /** Query parameters: search words and page number. */
  readonly zoek = input<string>();
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly fields = defineFields('archive-search', { q: { label: 'community.archive.search', hint: 'community.archive.search.hint' } });
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly resultText = computed(() => {
    const load = this.load();
    return load.kind === 'loaded' ? this.plural('community.archive.found', load.page.total) : '';
  });

  constructor() {
    effect(() => {
      const q = this.zoek() ?? '';
      this.searchForm.setValue({ q });
      this.fetch(q, this.pagina());
    });
  }

  protected searchArchive(): void {
    const q = this.searchForm.getRawValue().q.trim();
    void this.router.navigate([], { queryParams: { zoek: q || null, pagina: null }, queryParamsHandling: 'merge' });
  }

  private fetch(q: string, page: number): void {
    this.load.set({ kind: 'loading' });
    let params = new HttpParams().set('page', page);
    if (q) params = params.set('q', q);
    this.http.get<Page<ArchiveEntry>>('/api/archive', { params }).subscribe({
      next: (result) => this.load.set({ kind: 'loaded', page: result }),
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
