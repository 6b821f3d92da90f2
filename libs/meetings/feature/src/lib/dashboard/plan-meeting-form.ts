import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, output, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MeetingDetail } from '@wijkdeal/shared-contracts';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FieldSpec, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { LinkOptions } from '../link-options';

type AgendaRow = FormGroup<{ title: FormControl<string>; themeId: FormControl<string>; projectId: FormControl<string> }>;

/** The API takes Amsterdam local time as `YYYY-MM-DDTHH:mm`; the date and time inputs give exactly those parts. */
export function localDateTime(date: string, time: string): string {
  return `${date}T${time}`;
}

/** The API names the start `startsAt`; on this form it is the date field that needs fixing. */
export function showStartOnDate(problem: FormProblem): FormProblem {
  const { startsAt, ...fields } = problem.fields;
  return startsAt ? { ...problem, fields: { ...fields, date: startsAt } } : problem;
}

/** "Overleg plannen" (POST /api/meetings): date, time, place (the Werkplaats unless changed) and agenda items. */
@Component({
  selector: 'wd-plan-meeting-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummary, Field, FieldControl],
  templateUrl: './plan-meeting-form.html',
  styles: `
    .agenda-row { padding: 0.75rem 1rem; margin: 0 0 1rem; border: 1px solid var(--line); border-radius: var(--radius); }
  `,
})
export class PlanMeetingForm {
  private readonly http = inject(HttpClient);
  private readonly options = inject(LinkOptions);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  readonly planned = output<MeetingDetail>();

  protected readonly themes = this.options.themes;
  protected readonly projects = computed(() => [...this.options.projects()].sort((a, b) => this.pick(a.title).localeCompare(this.pick(b.title), 'nl')));
  protected readonly fields = defineFields('plan', {
    date: { label: 'meetings.plan.date' },
    time: { label: 'meetings.plan.time' },
    title: { label: 'meetings.plan.name', hint: 'meetings.plan.name.hint' },
    place: { label: 'meetings.plan.place' },
  });
  protected readonly form = this.fb.group({
    date: ['', Validators.required],
    time: ['19:30', Validators.required],
    title: [''],
    place: ['Wijkdealwerkplaats', Validators.required],
    agenda: new FormArray<AgendaRow>([]),
  });
  /** Field specs per agenda row, named as the API names them (`agenda.0.title`) so its messages land on the right field. */
  protected readonly rowCount = signal(0);
  protected readonly rowFields = computed(() =>
    Array.from({ length: this.rowCount() }, (_, index): Record<'title' | 'themeId' | 'projectId', FieldSpec> => ({
      title: { name: `agenda.${index}.title`, id: `plan-agenda-${index}-title`, label: 'meetings.plan.agendaTitle' },
      themeId: { name: `agenda.${index}.themeId`, id: `plan-agenda-${index}-theme`, label: 'meetings.plan.agendaTheme' },
      projectId: { name: `agenda.${index}.projectId`, id: `plan-agenda-${index}-project`, label: 'meetings.plan.agendaProject' },
    })),
  );
  protected readonly allFields = computed<Record<string, FieldSpec>>(() => ({ ...this.fields, ...Object.fromEntries(this.rowFields().flatMap((row, index) => Object.entries(row).map(([key, spec]) => [`${index}.${key}`, spec]))) }));
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    this.options.load();
  }

  protected get agenda(): FormArray<AgendaRow> {
    return this.form.controls.agenda;
  }

  protected addAgendaItem(): void {
    this.agenda.push(this.fb.group({ title: ['', Validators.required], themeId: [''], projectId: [''] }));
    const index = this.agenda.length - 1;
    this.rowCount.set(this.agenda.length);
    afterNextRender(() => this.document.getElementById(`plan-agenda-${index}-title`)?.focus(), { injector: this.injector });
  }

  protected removeAgendaItem(index: number): void {
    this.agenda.removeAt(index);
    this.rowCount.set(this.agenda.length);
    afterNextRender(() => this.document.getElementById('plan-add-item')?.focus(), { injector: this.injector });
  }

  protected planMeeting(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { date, time, title, place, agenda } = this.form.getRawValue();
    const request = {
      startsAt: localDateTime(date, time),
      place,
      ...(title.trim() ? { title } : {}),
      agenda: agenda.map((item) => ({ title: item.title, ...(item.themeId ? { themeId: item.themeId } : {}), ...(item.projectId ? { projectId: item.projectId } : {}) })),
    };
    this.busy.set(true);
    this.http.post<MeetingDetail>('/api/meetings', request).subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.planned.emit(meeting);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(showStartOnDate(toFormProblem(error, this.t('common.networkError'))));
      },
    });
  }
}
