import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CafeEveningView, PitchView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** A pitch can be signed up for until the evening starts, unless it is cancelled. */
export function isOpenForPitches(evening: CafeEveningView, now = new Date()): boolean {
  return !evening.cancelled && new Date(evening.startsAt).getTime() > now.getTime();
}

/** "Pitch aanmelden" for one evening, without an account (POST /api/cafe/evenings/:id/pitches). */
@Component({
  selector: 'wd-pitch-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    @if (sent(); as pitch) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ t('community.pitch.sent', { name: pitch.name }) }}</p></wd-alert>
    } @else {
      <form class="form" [formGroup]="form" (ngSubmit)="signUp()" novalidate>
        <wd-error-summary [summaryId]="formId() + '-errors'" [problem]="problem()" [fields]="fields()" />
        <wd-field [spec]="fields().name" [problem]="problem()">
          <input wdControl type="text" formControlName="name" autocomplete="name" maxlength="80" required />
        </wd-field>
        <wd-field [spec]="fields().email" [problem]="problem()">
          <input wdControl type="email" formControlName="email" autocomplete="email" inputmode="email" spellcheck="false" maxlength="254" required />
        </wd-field>
        <wd-field [spec]="fields().topic" [problem]="problem()">
          <textarea wdControl formControlName="topic" rows="3" maxlength="300" required></textarea>
        </wd-field>
        <wd-field [spec]="fields().minutes" [problem]="problem()">
          <input wdControl class="input--short" type="number" formControlName="minutes" min="1" max="15" step="1" inputmode="numeric" required />
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('community.pitch.submit') }}</button>
        </div>
      </form>
    }
  `,
})
export class PitchForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly evening = input.required<CafeEveningView>();
  /** Unique per page, for the field ids. */
  readonly formId = input('pitch');

  protected readonly fields = computed(() =>
    defineFields(this.formId(), {
      name: { label: 'community.pitch.name' },
      email: { label: 'community.pitch.email', hint: 'community.pitch.email.hint' },
      topic: { label: 'community.pitch.topic' },
      minutes: { label: 'community.pitch.minutes', hint: 'community.pitch.minutes.hint' },
    }),
  );
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
    topic: ['', Validators.required],
    minutes: [5, [Validators.required, Validators.min(1), Validators.max(15)]],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly sent = signal<PitchView | null>(null);

  protected signUp(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    const value = this.form.getRawValue();
    this.http.post<PitchView>(`/api/cafe/evenings/${this.evening().id}/pitches`, { ...value, minutes: Number(value.minutes) }).subscribe({
      next: (pitch) => {
        this.busy.set(false);
        this.sent.set(pitch);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
