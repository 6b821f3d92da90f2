import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MeetingDetail } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** The minutes in two parts: one for everyone, one only koplopers read (PUT /api/meetings/:id/minutes). */
@Component({
  selector: 'wd-minutes-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <section aria-labelledby="minutes-form-title">
      <h3 id="minutes-form-title">{{ t('meetings.minutesForm.title') }}</h3>
      <form class="form" [formGroup]="form" (ngSubmit)="saveMinutes()" novalidate>
        <wd-error-summary summaryId="minutes-errors" [problem]="problem()" [fields]="fields" />
        @if (success()) {
          <wd-alert kind="success" [takeFocus]="true"><p>{{ t('meetings.minutesForm.saved') }}</p></wd-alert>
        }
        <wd-field [spec]="fields.publicMinutes" [problem]="problem()">
          <textarea wdControl formControlName="publicMinutes" rows="8" maxlength="50000"></textarea>
        </wd-field>
        <wd-field [spec]="fields.privateMinutes" [problem]="problem()">
          <textarea wdControl formControlName="privateMinutes" rows="5" maxlength="50000"></textarea>
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('meetings.minutesForm.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class MinutesForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly meeting = input.required<MeetingDetail>();
  readonly saved = output<MeetingDetail>();

  protected readonly fields = defineFields('minutes', {
    publicMinutes: { label: 'meetings.minutesForm.public', hint: 'meetings.minutesForm.public.hint' },
    privateMinutes: { label: 'meetings.minutesForm.private', hint: 'meetings.minutesForm.private.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({ publicMinutes: [''], privateMinutes: [''] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly success = signal(false);
  private filledFor = '';

  constructor() {
    // Fill once per meeting, so a later reload (after a decision) does not wipe what is being typed.
    effect(() => {
      const meeting = this.meeting();
      if (meeting.id === this.filledFor) return;
      this.filledFor = meeting.id;
      untracked(() => this.form.reset({ publicMinutes: meeting.publicMinutes, privateMinutes: meeting.privateMinutes ?? '' }));
    });
  }

  protected saveMinutes(): void {
    if (this.busy()) return;
    this.success.set(false);
    this.problem.set(null);
    this.busy.set(true);
    this.http.put<MeetingDetail>(`/api/meetings/${this.meeting().id}/minutes`, this.form.getRawValue()).subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.success.set(true);
        this.saved.emit(meeting);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
