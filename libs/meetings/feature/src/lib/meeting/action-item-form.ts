import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Session } from '@wijkdeal/accounts-feature';
import { ActionItemView, MeetingDetail } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** "Actiepunt toevoegen" (POST /api/meetings/:id/action-items): what, optionally who (someone present, or me) and when. */
@Component({
  selector: 'wd-action-item-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <section aria-labelledby="action-item-form-title">
      <h3 id="action-item-form-title">{{ t('meetings.actionForm.title') }}</h3>
      <form class="form" [formGroup]="form" (ngSubmit)="addActionItem()" novalidate>
        <wd-error-summary summaryId="action-item-errors" [problem]="problem()" [fields]="fields" />
        @if (success()) {
          <wd-alert kind="success" [takeFocus]="true"><p>{{ t('meetings.actionForm.saved') }}</p></wd-alert>
        }
        <wd-field [spec]="fields.title" [problem]="problem()">
          <input wdControl type="text" formControlName="title" maxlength="300" required />
        </wd-field>
        <wd-field [spec]="fields.ownerId" [problem]="problem()">
          <select wdControl formControlName="ownerId">
            <option value="">{{ t('meetings.actionItems.noOwner') }}</option>
            @for (person of owners(); track person.accountId) {
              <option [value]="person.accountId">{{ person.name }}</option>
            }
          </select>
        </wd-field>
        <wd-field [spec]="fields.dueOn" [problem]="problem()">
          <input wdControl class="input--short" type="date" formControlName="dueOn" />
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('meetings.actionForm.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ActionItemForm {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  readonly meeting = input.required<MeetingDetail>();
  readonly added = output<ActionItemView>();

  protected readonly owners = computed(() => {
    const people = new Map((this.meeting().attendance ?? []).map((person) => [person.accountId, person]));
    const me = this.session.account();
    if (me && !people.has(me.id)) people.set(me.id, { accountId: me.id, name: me.displayName });
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });
  protected readonly fields = defineFields('action-item', {
    title: { label: 'meetings.actionForm.what' },
    ownerId: { label: 'meetings.actionForm.owner', hint: 'meetings.actionForm.owner.hint' },
    dueOn: { label: 'meetings.actionForm.dueOn', hint: 'meetings.actionForm.dueOn.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({ title: ['', Validators.required], ownerId: [''], dueOn: [''] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly success = signal(false);

  protected addActionItem(): void {
    if (this.busy()) return;
    this.success.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { title, ownerId, dueOn } = this.form.getRawValue();
    this.busy.set(true);
    this.http.post<ActionItemView>(`/api/meetings/${this.meeting().id}/action-items`, { title, ...(ownerId ? { ownerId } : {}), ...(dueOn ? { dueOn } : {}) }).subscribe({
      next: (item) => {
        this.busy.set(false);
        this.success.set(true);
        this.form.reset();
        this.added.emit(item);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
