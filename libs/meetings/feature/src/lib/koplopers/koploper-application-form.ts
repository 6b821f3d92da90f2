import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** "Wil je ook koploper worden?": a signed-in resident applies with a motivation (POST /api/koplopers/applications). */
@Component({
  selector: 'wd-koploper-application-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    @if (sent()) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ t('meetings.join.sent') }}</p></wd-alert>
    } @else {
      <form class="form" [formGroup]="form" (ngSubmit)="apply()" novalidate>
        <wd-error-summary summaryId="koploper-application-errors" [problem]="problem()" [fields]="fields" />
        <wd-field [spec]="fields.motivation" [problem]="problem()">
          <textarea wdControl formControlName="motivation" rows="5" maxlength="2000" required></textarea>
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('meetings.join.submit') }}</button>
        </div>
      </form>
    }
  `,
})
export class KoploperApplicationForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  protected readonly fields = defineFields('koploper-application', { motivation: { label: 'meetings.join.motivation', hint: 'meetings.join.motivation.hint' } });
  protected readonly form = inject(FormBuilder).nonNullable.group({ motivation: ['', Validators.required] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);

  protected apply(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post('/api/koplopers/applications', this.form.getRawValue()).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
