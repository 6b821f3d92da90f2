import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CafeEveningView, formatInZone } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** An instant as the Amsterdam date and time the inputs show: `{ date: '2027-01-27', time: '19:30' }`. */
export function localParts(iso: string): { date: string; time: string } {
  const local = formatInZone(new Date(iso));
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** Only what changed goes to the API: sending the same start or place again would mark the evening as moved. */
export function moveRequest(evening: CafeEveningView, value: { date: string; time: string; place: string; cancelled: boolean; note: string }): Record<string, string | boolean> {
  const current = localParts(evening.startsAt);
  const request: Record<string, string | boolean> = {};
  if (value.date !== current.date || value.time !== current.time) request['startsAt'] = `${value.date}T${value.time}`;
  if (value.place.trim() !== evening.place) request['place'] = value.place.trim();
  if (value.cancelled !== evening.cancelled) request['cancelled'] = value.cancelled;
  if (value.note.trim() !== evening.note) request['note'] = value.note.trim();
  return request;
}

/** The organiser moves an evening (Amsterdam local time) or cancels it (PATCH /api/cafe/evenings/:id). */
@Component({
  selector: 'wd-evening-move-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <section aria-labelledby="evening-move-title">
      <h3 id="evening-move-title">{{ t('community.move.title') }}</h3>
      <form class="form" [formGroup]="form" (ngSubmit)="saveEvening()" novalidate>
        <wd-error-summary summaryId="evening-move-errors" [problem]="problem()" [fields]="fields" />
        @if (success()) {
          <wd-alert kind="success" [takeFocus]="true"><p>{{ t('community.move.saved') }}</p></wd-alert>
        }
        <div class="field-row">
          <wd-field [spec]="fields.date" [problem]="problem()">
            <input wdControl type="date" formControlName="date" required />
          </wd-field>
          <wd-field [spec]="fields.time" [problem]="problem()">
            <input wdControl class="input--short" type="time" formControlName="time" required />
          </wd-field>
        </div>
        <wd-field [spec]="fields.place" [problem]="problem()">
          <input wdControl type="text" formControlName="place" maxlength="200" required />
        </wd-field>
        <div class="field">
          <label class="choice"><input type="checkbox" formControlName="cancelled" /> {{ t('community.move.cancelled') }}</label>
        </div>
        <wd-field [spec]="fields.note" [problem]="problem()">
          <textarea wdControl formControlName="note" rows="2" maxlength="500"></textarea>
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('community.move.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class EveningMoveForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly evening = input.required<CafeEveningView>();
  readonly saved = output<CafeEveningView>();

  protected readonly fields = defineFields('evening-move', {
    date: { label: 'community.move.date' },
    time: { label: 'community.move.time' },
    place: { label: 'community.move.place' },
    note: { label: 'community.move.note', hint: 'community.move.note.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    date: ['', Validators.required],
    time: ['', Validators.required],
    place: ['', Validators.required],
    cancelled: [false],
    note: [''],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly success = signal(false);

  constructor() {
    effect(() => {
      const evening = this.evening();
      untracked(() => this.form.reset({ ...localParts(evening.startsAt), place: evening.place, cancelled: evening.cancelled, note: evening.note }));
    });
  }

  protected saveEvening(): void {
    if (this.busy()) return;
    this.success.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const request = moveRequest(this.evening(), this.form.getRawValue());
    this.busy.set(true);
    this.http.patch<CafeEveningView>(`/api/cafe/evenings/${this.evening().id}`, request).subscribe({
      next: (evening) => {
        this.busy.set(false);
        this.success.set(true);
        this.saved.emit(evening);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const found = toFormProblem(error, this.t('common.networkError'));
        const { startsAt, ...fields } = found.fields;
        this.problem.set(startsAt ? { ...found, fields: { ...fields, date: startsAt } } : found);
      },
    });
  }
}
