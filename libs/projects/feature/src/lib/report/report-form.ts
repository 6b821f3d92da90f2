import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ReportTarget } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** "Melden": anyone, signed in or not, tells the admins about an idea or update (POST /api/reports). */
@Component({
  selector: 'wd-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  host: { class: 'report' },
  template: `
    <button type="button" class="link-button report__toggle" [attr.aria-expanded]="open()" [attr.aria-controls]="formId()" (click)="toggleForm()">
      {{ t('projects.report.open') }}<span class="visually-hidden">: {{ subject() }}</span>
    </button>
    @if (sent()) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ t('projects.report.sent') }}</p></wd-alert>
    }
    <div [id]="formId()" [hidden]="!open()">
      @if (open()) {
        <form class="form report__form" [formGroup]="form" (ngSubmit)="sendReport()" novalidate>
          <wd-error-summary [summaryId]="formId() + '-errors'" [problem]="problem()" [fields]="fields()" />
          <wd-field [spec]="fields().reason" [problem]="problem()">
            <textarea wdControl formControlName="reason" rows="3" maxlength="1000" required></textarea>
          </wd-field>
          <div class="form__actions">
            <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('projects.report.submit') }}</button>
            <button type="button" class="button button--secondary" (click)="toggleForm()">{{ t('projects.report.cancel') }}</button>
          </div>
        </form>
      }
    </div>
  `,
})
export class ReportForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly targetType = input.required<ReportTarget>();
  readonly targetId = input.required<string>();
  /** What is reported, in words for screen readers ("het idee Bankjes bij de vijver"). */
  readonly subject = input.required<string>();

  protected readonly formId = computed(() => `report-${this.targetId()}`);
  protected readonly fields = computed(() => defineFields(this.formId(), { reason: { label: 'projects.report.reason', hint: 'projects.report.reason.hint' } }));
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: ['', Validators.required] });
  protected readonly open = signal(false);
  protected readonly sent = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  protected toggleForm(): void {
    this.open.update((open) => !open);
    this.sent.set(false);
    this.problem.set(null);
  }

  protected sendReport(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<void>('/api/reports', { targetType: this.targetType(), targetId: this.targetId(), reason: this.form.getRawValue().reason }).subscribe({
      next: () => {
        this.busy.set(false);
        this.form.reset();
        this.open.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
