import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { KoploperView, MeetingSummary, Page } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, Field, FieldControl, I18n, Pager } from '@wijkdeal/shared-ui';
import { KoploperApplicationForm } from './koploper-application-form';
import { KoploperProfileForm } from './koploper-profile-form';

type MeetingsLoad = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: Page<MeetingSummary> };

const MEETINGS_PER_PAGE = 10;

/** Who the koplopers are, their meetings (searchable), and how to become one. */
@Component({
  selector: 'wd-koplopers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Alert, Field, FieldControl, Pager, KoploperApplicationForm, KoploperProfileForm],
  templateUrl: './koplopers-page.html',
  styles: `
    .koploper-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: 1rem; }
    .koploper__photo { display: block; width: 6rem; height: 6rem; object-fit: cover; border-radius: 50%; margin-bottom: 0.75rem; }
    .meeting-list > li { padding: 0.75rem 0; border-top: 1px solid var(--line); }
    .meeting-list__title { font-weight: 700; }
    .meeting-list .badge { margin-left: 0.5rem; }
  `,
})
export class KoplopersPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDay = this.i18n.formatDay;
  protected readonly formatTime = this.i18n.formatTime;

  /** Query parameters of the meeting search. */
  readonly zoek = input<string>();
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly account = this.session.account;
  protected readonly isKoploper = computed(() => this.session.account()?.roles.includes('koploper') ?? false);
  protected readonly isInsider = computed(() => this.isKoploper() || this.session.isAdmin());
  protected readonly koplopers = signal<KoploperView[] | null>(null);
  protected readonly koplopersFailed = signal(false);
  /** My own public profile, to fill the profile form; null when I am not shown. */
  protected readonly myProfile = computed(() => this.koplopers()?.find((koploper) => koploper.accountId === this.account()?.id) ?? null);
  protected readonly meetings = signal<MeetingsLoad>({ kind: 'loading' });
  protected readonly resultText = computed(() => {
    const load = this.meetings();
    return load.kind === 'loaded' ? this.plural('meetings.list.found', load.page.total) : '';
  });

  protected readonly fields = defineFields('meeting-search', { q: { label: 'meetings.list.search', hint: 'meetings.list.search.hint' } });
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });

  constructor() {
    this.loadKoplopers();
    effect(() => {
      const q = this.zoek() ?? '';
      this.searchForm.setValue({ q });
      this.fetchMeetings(q, this.pagina());
    });
  }

  protected searchMeetings(): void {
    const q = this.searchForm.getRawValue().q.trim();
    void this.router.navigate([], { queryParams: { zoek: q || null, pagina: null }, queryParamsHandling: 'merge' });
  }

  protected loadKoplopers(): void {
    this.http.get<KoploperView[]>('/api/koplopers').subscribe({
      next: (koplopers) => this.koplopers.set(koplopers),
      error: () => this.koplopersFailed.set(true),
    });
  }

  private fetchMeetings(q: string, page: number): void {
    this.meetings.set({ kind: 'loading' });
    let params = new HttpParams().set('page', page).set('pageSize', MEETINGS_PER_PAGE);
    if (q) params = params.set('q', q);
    this.http.get<Page<MeetingSummary>>('/api/meetings', { params }).subscribe({
      next: (result) => this.meetings.set({ kind: 'loaded', page: result }),
      error: () => this.meetings.set({ kind: 'failed' }),
    });
  }
}
