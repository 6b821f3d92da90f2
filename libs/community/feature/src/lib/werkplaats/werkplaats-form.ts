import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, Injector, input, output, signal, untracked } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { WerkplaatsView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FieldSpec, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

type MemberRow = FormGroup<{ name: FormControl<string>; task: FormGroup<{ nl: FormControl<string>; en: FormControl<string> }> }>;

/** Admins edit the Werkplaats page (PUT /api/werkplaats): address, opening hours and the team with their tasks. */
@Component({
  selector: 'wd-werkplaats-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="saveWerkplaats()" novalidate>
      <wd-error-summary summaryId="werkplaats-errors" [problem]="problem()" [fields]="allFields()" />
      @if (success()) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('community.werkplaats.saved') }}</p></wd-alert>
      }
      <wd-field [spec]="fields.address" [problem]="problem()">
        <input wdControl type="text" formControlName="address" maxlength="300" required />
      </wd-field>
      <div formGroupName="openingHours">
        <wd-field [spec]="fields['openingHours.nl']" [problem]="problem()">
          <textarea wdControl formControlName="nl" rows="3" maxlength="5000" lang="nl" required></textarea>
        </wd-field>
        <wd-field [spec]="fields['openingHours.en']" [problem]="problem()">
          <textarea wdControl formControlName="en" rows="3" maxlength="5000" lang="en"></textarea>
        </wd-field>
      </div>
      <div formArrayName="team">
        @for (row of team.controls; track row; let index = $index) {
          @let specs = rowFields()[index];
          @if (specs) {
            <fieldset class="fieldset" [formGroupName]="index">
              <legend class="fieldset__legend">{{ t('community.werkplaats.field.member', { number: index + 1 }) }}</legend>
              <wd-field [spec]="specs.name" [problem]="problem()">
                <input wdControl type="text" formControlName="name" maxlength="80" required />
              </wd-field>
              <div formGroupName="task">
                <wd-field [spec]="specs.nl" [problem]="problem()">
                  <input wdControl type="text" formControlName="nl" maxlength="5000" lang="nl" required />
                </wd-field>
                <wd-field [spec]="specs.en" [problem]="problem()">
                  <input wdControl type="text" formControlName="en" maxlength="5000" lang="en" />
                </wd-field>
              </div>
              <button type="button" class="button button--secondary" (click)="removeMember(index)">{{ t('community.werkplaats.removeMember', { number: index + 1 }) }}</button>
            </fieldset>
          }
        }
      </div>
      <button type="button" id="werkplaats-add-member" class="button button--secondary" (click)="addMember()">{{ t('community.werkplaats.addMember') }}</button>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('community.werkplaats.submit') }}</button>
      </div>
    </form>
  `,
})
export class WerkplaatsForm {
  private readonly http = inject(HttpClient);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly t = inject(I18n).t;

  /** Null when the page was never filled in. */
  readonly werkplaats = input.required<WerkplaatsView | null>();
  readonly saved = output<WerkplaatsView>();

  protected readonly fields = defineFields('werkplaats', {
    address: { label: 'community.werkplaats.field.address' },
    'openingHours.nl': { label: 'community.werkplaats.field.openingHours.nl' },
    'openingHours.en': { label: 'community.werkplaats.field.openingHours.en' },
  });
  protected readonly form = this.fb.group({
    address: ['', Validators.required],
    openingHours: this.fb.group({ nl: ['', Validators.required], en: [''] }),
    team: new FormArray<MemberRow>([]),
  });
  protected readonly rowCount = signal(0);
  /** Named as the API names them (`team.0.task.nl`), so its messages land on the right field. */
  protected readonly rowFields = computed(() =>
    Array.from({ length: this.rowCount() }, (_, index): Record<'name' | 'nl' | 'en', FieldSpec> => ({
      name: { name: `team.${index}.name`, id: `werkplaats-team-${index}-name`, label: 'community.werkplaats.field.name' },
      nl: { name: `team.${index}.task.nl`, id: `werkplaats-team-${index}-task-nl`, label: 'community.werkplaats.field.task.nl' },
      en: { name: `team.${index}.task.en`, id: `werkplaats-team-${index}-task-en`, label: 'community.werkplaats.field.task.en' },
    })),
  );
  protected readonly allFields = computed<Record<string, FieldSpec>>(() => ({
    ...this.fields,
    ...Object.fromEntries(this.rowFields().flatMap((row) => Object.values(row).map((spec) => [spec.name, spec]))),
  }));
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly success = signal(false);

  constructor() {
    effect(() => {
      const werkplaats = this.werkplaats();
      untracked(() => this.fill(werkplaats));
    });
  }

  protected get team(): FormArray<MemberRow> {
    return this.form.controls.team;
  }

  protected addMember(): void {
    this.team.push(this.memberRow('', '', ''));
    const index = this.team.length - 1;
    this.rowCount.set(this.team.length);
    afterNextRender(() => this.document.getElementById(`werkplaats-team-${index}-name`)?.focus(), { injector: this.injector });
  }

  protected removeMember(index: number): void {
    this.team.removeAt(index);
    this.rowCount.set(this.team.length);
    afterNextRender(() => this.document.getElementById('werkplaats-add-member')?.focus(), { injector: this.injector });
  }

  protected saveWerkplaats(): void {
    if (this.busy()) return;
    this.success.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.put<WerkplaatsView>('/api/werkplaats', this.form.getRawValue()).subscribe({
      next: (werkplaats) => {
        this.busy.set(false);
        this.success.set(true);
        this.saved.emit(werkplaats);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  private fill(werkplaats: WerkplaatsView | null): void {
    this.team.clear();
    for (const member of werkplaats?.team ?? []) this.team.push(this.memberRow(member.name, member.task.nl, member.task.en));
    this.rowCount.set(this.team.length);
    this.form.patchValue({ address: werkplaats?.address ?? '', openingHours: { nl: werkplaats?.openingHours.nl ?? '', en: werkplaats?.openingHours.en ?? '' } });
  }

  private memberRow(name: string, nl: string, en: string): MemberRow {
    return this.fb.group({ name: [name, Validators.required], task: this.fb.group({ nl: [nl, Validators.required], en: [en] }) });
  }
}
