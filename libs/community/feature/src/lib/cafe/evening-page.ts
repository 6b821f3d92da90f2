import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { CafeEveningView, PitchView } from '@wijkdeal/shared-contracts';
import { Alert, I18n, PageTitle, Paragraphs } from '@wijkdeal/shared-ui';
import { EveningFacts } from './evening-facts';
import { EveningMoveForm } from './evening-move-form';
import { EveningProgramme } from './evening-programme';
import { isOpenForPitches, PitchForm } from './pitch-form';
import { PitchReview } from './pitch-review';
import { ProgrammeEditor } from './programme-editor';
import { ReportForm } from './report-form';

type Load = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; evening: CafeEveningView };

/** One café evening: programme, report and pitch sign-up; the organiser (an admin) runs the evening from here. */
@Component({
  selector: 'wd-evening-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, Paragraphs, EveningFacts, EveningProgramme, PitchForm, PitchReview, ProgrammeEditor, EveningMoveForm, ReportForm],
  templateUrl: './evening-page.html',
  styles: `
    wd-programme-editor, wd-evening-move-form, wd-report-form { display: block; margin-top: 1.5rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
  `,
})
export class EveningPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDay = this.i18n.formatDay;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly isAdmin = inject(Session).isAdmin;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });
  /** Only for admins: everyone who signed up, with their e-mail address. */
  protected readonly pitches = signal<PitchView[] | null>(null);
  protected readonly isOpen = (evening: CafeEveningView) => isOpenForPitches(evening);

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      if (load.kind === 'loaded') return this.t('community.evening.title', { day: this.formatDay(load.evening.startsAt) });
      return this.t(load.kind === 'not-found' ? 'community.evening.notFound.title' : 'community.cafe.title');
    });
    effect(() => {
      const id = this.id();
      const admin = this.isAdmin();
      untracked(() => {
        this.fetch(id, true);
        if (admin) this.fetchPitches();
      });
    });
  }

  protected showEvening(evening: CafeEveningView): void {
    this.load.set({ kind: 'loaded', evening });
  }

  /** A pitch was accepted or declined: the programme and the list change on the server. */
  protected refresh(): void {
    this.fetch(this.id(), false);
    this.fetchPitches();
  }

  protected fetchPitches(): void {
    this.http.get<PitchView[]>(`/api/cafe/evenings/${encodeURIComponent(this.id())}/pitches`).subscribe({
      next: (pitches) => this.pitches.set(pitches),
      error: () => this.pitches.set(null),
    });
  }

  private fetch(id: string, showLoading: boolean): void {
    if (showLoading) this.load.set({ kind: 'loading' });
    this.http.get<CafeEveningView>(`/api/cafe/evenings/${encodeURIComponent(id)}`).subscribe({
      next: (evening) => this.load.set({ kind: 'loaded', evening }),
      error: (error: unknown) => {
        if (!showLoading && this.load().kind === 'loaded') return;
        const missing = error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
        this.load.set({ kind: missing ? 'not-found' : 'failed' });
      },
    });
  }
}
