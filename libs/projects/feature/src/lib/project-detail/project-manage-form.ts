import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { PROJECT_STATUSES, ProjectDetail, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/**
 * Texts in both languages, status, progress, cost and place (PATCH /api/projects/:id). Every status is offered;
 * the API refuses a move the lifecycle does not allow (only admins may correct anything) and says why, next to the field.
 */
@Component({
  selector: 'wd-project-manage-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  styles: `
    :host {
      display: block;
    }
  `,
  templateUrl: './project-manage-form.html',
})
export class ProjectManageForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly project = input.required<ProjectDetail>();
  readonly saved = output<ProjectDetail>();

  protected readonly statuses = PROJECT_STATUSES;
  // Field names match the API's (`title.nl`, `status`), so its messages land next to the right input.
  protected readonly fields = defineFields('project-manage', {
    'title.nl': { label: 'projects.manage.field.title.nl' },
    'title.en': { label: 'projects.manage.field.title.en' },
    'summary.nl': { label: 'projects.manage.field.summary.nl' },
    'summary.en': { label: 'projects.manage.field.summary.en' },
    'description.nl': { label: 'projects.manage.field.description.nl' },
    'description.en': { label: 'projects.manage.field.description.en' },
    status: { label: 'projects.manage.field.status', hint: 'projects.manage.field.status.hint' },
    progress: { label: 'projects.manage.field.progress', hint: 'projects.manage.field.progress.hint' },
    costEstimate: { label: 'projects.manage.field.costEstimate', hint: 'projects.manage.field.costEstimate.hint' },
    place: { label: 'projects.manage.field.place' },
  });
  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    title: this.fb.nonNullable.group({ nl: ['', Validators.required], en: [''] }),
    summary: this.fb.nonNullable.group({ nl: ['', Validators.required], en: [''] }),
    description: this.fb.nonNullable.group({ nl: [''], en: [''] }),
    status: this.fb.nonNullable.control<ProjectStatus>('proposed'),
    progress: this.fb.control<number | null>(null, Validators.required),
    costEstimate: this.fb.control<number | null>(null),
    place: this.fb.nonNullable.control(''),
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly done = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const { title, summary, description, status, progress, costEstimate, place } = this.project();
      untracked(() => this.form.reset({ title, summary, description, status, progress, costEstimate, place: place ?? '' }));
    });
  }

  protected saveProject(): void {
    if (this.busy()) return;
    this.done.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { title, summary, description, status, progress, costEstimate, place } = this.form.getRawValue();
    const project = this.project();
    const request = {
      title,
      summary,
      // The API wants a Dutch text whenever a description is sent; an empty one is left as it is.
      ...(description.nl.trim() ? { description } : {}),
      // Only a real change of status, so saving a text never trips over the lifecycle rules.
      ...(status !== project.status ? { status } : {}),
      progress,
      ...(costEstimate !== null ? { costEstimate } : {}),
      place,
    };
    this.busy.set(true);
    this.http.patch<ProjectDetail>(`/api/projects/${project.id}`, request).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.done.set(true);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
