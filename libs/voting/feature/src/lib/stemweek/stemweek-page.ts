import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { StemweekDetail } from '@wijkdeal/shared-contracts';
import { Alert, I18n, PageTitle, Paragraphs } from '@wijkdeal/shared-ui';
import { BallotItems } from '../ballot/ballot-items';
import { describeTimeUntil } from '../overview/countdown';
import { VotingBooth } from './voting-booth';

type Load = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; stemweek: StemweekDetail };

/**
 * /stemweek/:id — one stemweek: window, method and rule in plain words, the ballot, and by state a countdown,
 * the voting booth, "we tellen de stemmen" or the way to the result. `?code=` (the QR code on a letter) opens the
 * ballot with that code filled in; the code is then taken out of the address bar and the history entry.
 */
@Component({
  selector: 'wd-stemweek-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, Paragraphs, BallotItems, VotingBooth],
  templateUrl: './stemweek-page.html',
})
export class StemweekPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDateTime = this.i18n.formatDateTime;

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Query parameter from the letter's QR code. */
  readonly code = input<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly letterCode = signal<string | null>(null);
  private readonly now = signal(Date.now());

  protected readonly stemweek = computed(() => {
    const load = this.load();
    return load.kind === 'loaded' ? load.stemweek : null;
  });
  protected readonly countdown = computed(() => {
    const stemweek = this.stemweek();
    return stemweek?.state === 'upcoming' ? describeTimeUntil(this.now(), Date.parse(stemweek.opensAt), this.i18n.plural, this.t) : '';
  });
  protected readonly isStaff = computed(() => this.session.hasRole('admin') || this.session.hasRole('teller'));
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly hasIntro = computed(() => {
    const intro = this.stemweek()?.intro;
    return !!intro && !!this.pick(intro).trim();
  });

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      if (load.kind === 'loaded') return this.pick(load.stemweek.title);
      return this.t(load.kind === 'not-found' ? 'stemweek.notFound.title' : 'stemweek.overview.title');
    });
    effect(() => this.fetch(this.id()));
    effect(() => {
      const code = this.code();
      if (!code) return;
      untracked(() => this.letterCode.set(code));
      // Keep the code out of the address bar and the history: replace this entry with the same page without it.
      afterNextRender(() => void this.router.navigate([], { queryParams: { code: null }, queryParamsHandling: 'merge', replaceUrl: true }), { injector: this.injector });
    });
    const timer = setInterval(() => {
      this.now.set(Date.now());
      // When the countdown runs out, fetch again: the stemweek is open now.
      const stemweek = this.stemweek();
      if (stemweek?.state === 'upcoming' && Date.parse(stemweek.opensAt) <= Date.now()) this.fetch(stemweek.id);
    }, 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected fetch(id: string): void {
    this.http.get<StemweekDetail>(`/api/stemweeks/${encodeURIComponent(id)}`).subscribe({
      next: (stemweek) => this.load.set({ kind: 'loaded', stemweek }),
      error: (error: unknown) => {
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        this.load.set({ kind: status === 404 || status === 400 ? 'not-found' : 'failed' });
      },
    });
  }
}
