import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, OnInit, output, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ProgressUpdateView } from '@wijkdeal/shared-contracts';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/**
 * Rewrite the text of an update in place (PATCH /api/projects/:id/updates/:updateId): the author fixes their own,
 * an admin corrects it. The API marks it "(bewerkt)" or "(gecorrigeerd door beheer)".
 */
@Component({
  selector: 'wd-update-edit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary],
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <form class="form report__form" [formGroup]="form" (ngSubmit)="saveUpdate()" novalidate>
      <wd-error-summary [summaryId]="formId() + '-errors'" [problem]="problem()" [fields]="fields()" />
      <wd-field [spec]="fields().body" [problem]="problem()">
        <textarea #body wdControl formControlName="body" rows="6" maxlength="5000" required></textarea>
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('projects.update.editSubmit') }}</button>
        <button type="button" class="button button--secondary" (click)="cancelled.emit()">{{ t('projects.update.editCancel') }}</button>
      </div>
    </form>
  `,
})
export class UpdateEditForm implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;
  private readonly body = viewChild.required<ElementRef<HTMLTextAreaElement>>('body');

  readonly update = input.required<ProgressUpdateView>();
  readonly saved = output<ProgressUpdateView>();
  readonly cancelled = output<void>();

  protected readonly formId = computed(() => `update-edit-${this.update().id}`);
  protected readonly fields = computed(() => defineFields(this.formId(), { body: { label: 'projects.update.editBody', hint: 'projects.post.body.hint' } }));
  protected readonly form = inject(FormBuilder).nonNullable.group({ body: ['', Validators.required] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    afterNextRender(() => this.body().nativeElement.focus());
  }

  ngOnInit(): void {
    this.form.setValue({ body: this.update().body });
  }

  protected saveUpdate(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const update = this.update();
    this.busy.set(true);
    this.http.patch<ProgressUpdateView>(`/api/projects/${update.projectId}/updates/${update.id}`, { body: this.form.getRawValue().body }).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
