import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { DecisionView, PROJECT_STATUSES } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { LinkOptions } from '../link-options';

export const DECISION_EFFECTS = ['none', 'create-project', 'create-proposal', 'project-status'] as const;
export type DecisionEffectChoice = (typeof DECISION_EFFECTS)[number];

/** Which fields a decision needs, by its effect: a new project or idea needs a theme and a title, a status change a project and a status. */
export function decisionRequest(value: { text: string; effect: DecisionEffectChoice; themeId: string; title: string; summary: string; projectId: string; status: string }): Record<string, string> {
  const request: Record<string, string> = { text: value.text, effect: value.effect };
  if (value.effect === 'create-project' || value.effect === 'create-proposal') {
    Object.assign(request, { themeId: value.themeId, title: value.title });
    if (value.summary.trim()) request['summary'] = value.summary;
  }
  if (value.effect === 'project-status') Object.assign(request, { projectId: value.projectId, status: value.status });
  return request;
}

/** "Besluit vastleggen" (POST /api/meetings/:id/decisions): the decision and what it sets in motion. */
@Component({
  selector: 'wd-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Alert, ErrorSummary, Field, FieldControl],
  templateUrl: './decision-form.html',
})
export class DecisionForm {
  private readonly http = inject(HttpClient);
  private readonly options = inject(LinkOptions);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  readonly meetingId = input.required<string>();
  readonly decided = output<DecisionView>();

  protected readonly effects = DECISION_EFFECTS;
  protected readonly statuses = PROJECT_STATUSES;
  protected readonly themes = this.options.themes;
  protected readonly projects = computed(() => [...this.options.projects()].sort((a, b) => this.pick(a.title).localeCompare(this.pick(b.title), 'nl')));
  protected readonly fields = defineFields('decision', {
    text: { label: 'meetings.decisionForm.text', hint: 'meetings.decisionForm.text.hint' },
    themeId: { label: 'meetings.decisionForm.theme' },
    title: { label: 'meetings.decisionForm.newTitle', hint: 'meetings.decisionForm.newTitle.hint' },
    summary: { label: 'meetings.decisionForm.summary' },
    projectId: { label: 'meetings.decisionForm.project' },
    status: { label: 'meetings.decisionForm.status' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    text: ['', Validators.required],
    effect: ['none' as DecisionEffectChoice],
    themeId: [''],
    title: [''],
    summary: [''],
    projectId: [''],
    status: [''],
  });
  protected readonly effect = toSignal(this.form.controls.effect.valueChanges, { initialValue: this.form.controls.effect.value });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal<DecisionView | null>(null);

  constructor() {
    this.options.load();
    this.form.controls.effect.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((effect) => this.requireFieldsFor(effect));
  }

  protected recordDecision(): void {
    if (this.busy()) return;
    this.saved.set(null);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<DecisionView>(`/api/meetings/${this.meetingId()}/decisions`, decisionRequest(this.form.getRawValue())).subscribe({
      next: (decision) => {
        this.busy.set(false);
        this.saved.set(decision);
        this.form.reset();
        if (decision.effect === 'created-project') this.options.refresh();
        this.decided.emit(decision);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  private requireFieldsFor(effect: DecisionEffectChoice): void {
    const creates = effect === 'create-project' || effect === 'create-proposal';
    const controls = this.form.controls;
    const set = (control: keyof typeof controls, validators: ValidatorFn[]) => {
      controls[control].setValidators(validators);
      controls[control].updateValueAndValidity({ emitEvent: false });
    };
    set('themeId', creates ? [Validators.required] : []);
    set('title', creates ? [Validators.required, Validators.maxLength(120)] : []);
    set('projectId', effect === 'project-status' ? [Validators.required] : []);
    set('status', effect === 'project-status' ? [Validators.required] : []);
  }
}
