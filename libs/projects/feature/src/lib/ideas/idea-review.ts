import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Page, ProposalDetail, ProposalSummary } from '@wijkdeal/shared-contracts';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { IdeaMessageForm } from './idea-message-form';

export interface ReviewOutcome {
  idea: ProposalDetail;
  /** Text key of the message to show. */
  message: string;
}

/** For the theme's contacts and admins: ask a question, decline, merge into another open idea, or accept as a project. */
@Component({
  selector: 'wd-idea-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, IdeaMessageForm],
  templateUrl: './idea-review.html',
})
export class IdeaReview {
  private readonly http = inject(HttpClient);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly t = inject(I18n).t;

  readonly idea = input.required<ProposalDetail>();
  readonly reviewed = output<ReviewOutcome>();

  protected readonly mergeFields = defineFields('idea-merge', {
    intoProposalId: { label: 'ideas.review.merge.into' },
    body: { label: 'ideas.review.merge.body', hint: 'ideas.review.merge.body.hint' },
  });
  protected readonly mergeForm = this.fb.group({ intoProposalId: ['', Validators.required], body: ['', Validators.required] });
  protected readonly mergeProblem = signal<FormProblem | null>(null);
  protected readonly acceptFields = defineFields('idea-accept', {
    titleEn: { label: 'ideas.review.accept.titleEn', hint: 'ideas.review.accept.titleEn.hint' },
    body: { label: 'ideas.review.accept.body', hint: 'ideas.review.accept.body.hint' },
  });
  protected readonly acceptForm = this.fb.group({ titleEn: [''], body: [''] });
  protected readonly acceptProblem = signal<FormProblem | null>(null);
  /** Other open ideas in the same theme, to merge into. */
  protected readonly candidates = signal<ProposalSummary[] | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const idea = this.idea();
      this.http.get<Page<ProposalSummary>>('/api/proposals', { params: { theme: idea.theme.slug, pageSize: 100 } }).subscribe({
        next: (page) => this.candidates.set(page.items.filter((other) => other.id !== idea.id && (other.status === 'submitted' || other.status === 'question') && !other.hidden)),
        error: () => this.candidates.set([]),
      });
    });
  }

  protected showOutcome(idea: ProposalDetail, message: string): void {
    this.reviewed.emit({ idea, message });
  }

  protected mergeIdea(): void {
    if (this.busy()) return;
    const problem = checkForm(this.mergeForm, this.t);
    this.mergeProblem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<ProposalDetail>(`/api/proposals/${this.idea().id}/merge`, this.mergeForm.getRawValue()).subscribe({
      next: (idea) => {
        this.busy.set(false);
        this.showOutcome(idea, 'ideas.review.merge.done');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.mergeProblem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  protected acceptIdea(): void {
    if (this.busy()) return;
    const { titleEn, body } = this.acceptForm.getRawValue();
    this.busy.set(true);
    this.acceptProblem.set(null);
    this.http.post<ProposalDetail>(`/api/proposals/${this.idea().id}/accept`, { ...(titleEn.trim() ? { titleEn: titleEn.trim() } : {}), ...(body.trim() ? { body: body.trim() } : {}) }).subscribe({
      next: (idea) => {
        this.busy.set(false);
        this.showOutcome(idea, 'ideas.review.accept.done');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.acceptProblem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
