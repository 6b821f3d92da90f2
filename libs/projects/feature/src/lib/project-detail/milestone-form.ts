import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MilestoneView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** Plan a milestone: a title and, if known, a date (POST /api/projects/:id/milestones). */
@Component({
  selector: 'wd-milestone-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="addMilestone()" novalidate>
      <wd-error-summary summaryId="milestone-errors" [problem]="problem()" [fields]="fields" />
      @if (added(); as title) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('projects.milestones.added', { title }) }}</p></wd-alert>
      }
      <div class="field-pair">
        <wd-field [spec]="fields.title" [problem]="problem()">
          <input wdControl type="text" formControlName="title" maxlength="160" required />
        </wd-field>
        <wd-field [spec]="fields.plannedOn" [problem]="problem()">
          <input wdControl class="input--short" type="date" formControlName="plannedOn" />
        </wd-field>
      </div>
      <div class="form__actions">
        <button type="submit" class="button button--secondary" [attr.aria-disabled]="busy() || null">{{ t('projects.milestones.submit') }}</button>
      </div>
    </form>
  `,
})
export class MilestoneForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly projectId = input.required<string>();
  readonly milestoneAdded = output<MilestoneView>();

  protected readonly fields = defineFields('milestone', {
    title: { label: 'projects.milestones.field.title' },
    plannedOn: { label: 'projects.milestones.field.plannedOn', hint: 'projects.milestones.field.plannedOn.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({ title: ['', Validators.required], plannedOn: [''] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly added = signal('');

  protected addMilestone(): void {
    if (this.busy()) return;
    this.added.set('');
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { title, plannedOn } = this.form.getRawValue();
    this.busy.set(true);
    this.http.post<MilestoneView>(`/api/projects/${this.projectId()}/milestones`, { title, ...(plannedOn ? { plannedOn } : {}) }).subscribe({
      next: (milestone) => {
        this.busy.set(false);
        this.form.reset();
        this.added.set(milestone.title);
        this.milestoneAdded.emit(milestone);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
