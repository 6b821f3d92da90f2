import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { ProposalDetail } from '@wijkdeal/shared-contracts';
import { Alert, I18n, PageTitle, toFormProblem } from '@wijkdeal/shared-ui';
import { ModerationControls } from '../moderation/moderation-controls';
import { ReportForm } from '../report/report-form';
import { RichText } from '../rich-text/rich-text';
import { IdeaMessageForm } from './idea-message-form';
import { IdeaReview, ReviewOutcome } from './idea-review';

type Load = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; idea: ProposalDetail };

/** One idea: what it is, its status, support, the review conversation; the proposer answers, contacts review, admins hide it. */
@Component({
  selector: 'wd-idea-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, RichText, ReportForm, ModerationControls, IdeaMessageForm, IdeaReview],
  templateUrl: './idea-page.html',
})
export class IdeaPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly formatDateTime = this.i18n.formatDateTime;
  protected readonly formatEuros = this.i18n.formatEuros;
  protected readonly signedIn = inject(Session).signedIn;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });
  /** Text key of the last review step or answer, shown (and focused) above the idea. */
  protected readonly outcome = signal('');
  protected readonly supportBusy = signal(false);
  protected readonly supportStatus = signal('');
  protected readonly returnUrl = computed(() => `/ideeen/${this.id()}`);

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      if (load.kind === 'loaded') return load.idea.title || this.t('ideas.hidden.title');
      return this.t(load.kind === 'not-found' ? 'ideas.detail.notFound.title' : 'ideas.list.title');
    });
    effect(() => this.fetch(this.id()));
  }

  protected showReview(outcome: ReviewOutcome): void {
    this.load.set({ kind: 'loaded', idea: outcome.idea });
    this.outcome.set(outcome.message);
  }

  protected showHidden(idea: ProposalDetail, reason: string | null): void {
    this.load.set({ kind: 'loaded', idea: { ...idea, hidden: reason === null ? null : { reason } } });
  }

  protected showAnswer(idea: ProposalDetail): void {
    this.showReview({ idea, message: 'ideas.answer.done' });
  }

  protected toggleSupport(): void {
    const load = this.load();
    if (load.kind !== 'loaded' || this.supportBusy()) return;
    const idea = load.idea;
    const support = !idea.supportedByMe;
    const url = `/api/proposals/${idea.id}/support`;
    this.supportBusy.set(true);
    (support ? this.http.put<void>(url, {}) : this.http.delete<void>(url)).subscribe({
      next: () => {
        this.supportBusy.set(false);
        const supportCount = Math.max(0, idea.supportCount + (support ? 1 : -1));
        this.load.set({ kind: 'loaded', idea: { ...idea, supportedByMe: support, supportCount } });
        this.supportStatus.set(this.t(support ? 'ideas.support.added' : 'ideas.support.withdrawn'));
      },
      error: (error: unknown) => {
        this.supportBusy.set(false);
        this.supportStatus.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  private fetch(id: string): void {
    this.load.set({ kind: 'loading' });
    this.outcome.set('');
    this.http.get<ProposalDetail>(`/api/proposals/${encodeURIComponent(id)}`).subscribe({
      next: (idea) => this.load.set({ kind: 'loaded', idea }),
      // A malformed id is a 400 from the API: for a visitor that is the same as a missing idea.
      error: (error: unknown) => this.load.set({ kind: error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400) ? 'not-found' : 'failed' }),
    });
  }
}
