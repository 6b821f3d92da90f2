import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CafeEveningView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** The report (verslag) of an evening in Dutch and English (PUT /api/cafe/evenings/:id/report); it joins the archive. */
@Component({
  selector: 'wd-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <section aria-labelledby="report-form-title">
      <h3 id="report-form-title">{{ t('community.report.title') }}</h3>
      <form class="form" [formGroup]="form" (ngSubmit)="publishReport()" novalidate>
        <wd-error-summary summaryId="report-errors" [problem]="problem()" [fields]="fields" />
        @if (success()) {
          <wd-alert kind="success" [takeFocus]="true"><p>{{ t('community.report.saved') }}</p></wd-alert>
        }
        <wd-field [spec]="fields.nl" [problem]="problem()">
          <textarea wdControl formControlName="nl" rows="8" maxlength="5000" lang="nl" required></textarea>
        </wd-field>
        <wd-field [spec]="fields.en" [problem]="problem()">
          <textarea wdControl formControlName="en" rows="6" maxlength="5000" lang="en"></textarea>
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('community.report.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ReportForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly evening = input.required<CafeEveningView>();
  readonly saved = output<CafeEveningView>();

  protected readonly fields = defineFields('report', {
    nl: { label: 'community.report.nl', hint: 'community.news.field.paragraphs' },
    en: { label: 'community.report.en', hint: 'community.report.en.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({ nl: ['', Validators.required], en: [''] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly success = signal(false);
  private filledFor = '';

  constructor() {
    effect(() => {
      const evening = this.evening();
      if (evening.id === this.filledFor) return;
      this.filledFor = evening.id;
      untracked(() => this.form.reset({ nl: evening.report?.nl ?? '', en: evening.report?.en ?? '' }));
    });
  }

  protected publishReport(): void {
    if (this.busy()) return;
    this.success.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.put<CafeEveningView>(`/api/cafe/evenings/${this.evening().id}/report`, this.form.getRawValue()).subscribe({
      next: (evening) => {
        this.busy.set(false);
        this.success.set(true);
        this.saved.emit(evening);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
