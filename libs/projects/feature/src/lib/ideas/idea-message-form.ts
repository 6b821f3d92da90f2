import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ProposalDetail } from '@wijkdeal/shared-contracts';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** One text sent about an idea: a question, an answer or a reason to decline (`{ body }` to `path`). */
@Component({
  selector: 'wd-idea-message-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="sendMessage()" novalidate>
      <wd-error-summary [summaryId]="formId() + '-errors'" [problem]="problem()" [fields]="fields()" />
      <wd-field [spec]="fields().body" [problem]="problem()">
        <textarea wdControl formControlName="body" rows="4" maxlength="3000" required></textarea>
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button" [class.button--danger]="danger()" [attr.aria-disabled]="busy() || null">{{ t(submitLabel()) }}</button>
      </div>
    </form>
  `,
})
export class IdeaMessageForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  /** Unique on the page: `idea-question`, `idea-decline`… */
  readonly formId = input.required<string>();
  readonly path = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly submitLabel = input.required<string>();
  readonly danger = input(false);
  readonly sent = output<ProposalDetail>();

  protected readonly fields = computed(() => defineFields(this.formId(), { body: { label: this.label(), hint: this.hint() } }));
  protected readonly form = inject(FormBuilder).nonNullable.group({ body: ['', Validators.required] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  protected sendMessage(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<ProposalDetail>(this.path(), this.form.getRawValue()).subscribe({
      next: (idea) => {
        this.busy.set(false);
        this.form.reset();
        this.sent.emit(idea);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
