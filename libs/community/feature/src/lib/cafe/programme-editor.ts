import { HttpClient, HttpParams } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, input, linkedSignal, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CafeEveningView, Page, ProgrammeItemView, ProjectSummary } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** One line of the programme being edited: what the PUT needs (pitch or project id) plus what the organiser reads. */
export interface ProgrammeEntry {
  key: string;
  kind: ProgrammeItemView['kind'];
  title: string;
  minutes: number;
  presenter: string | null;
  pitchId?: string;
  projectId?: string;
}

/** The programme as entries for the editor. */
export function toEntries(programme: readonly ProgrammeItemView[]): ProgrammeEntry[] {
  return programme.map((item) => {
    const entry: ProgrammeEntry = { key: item.id, kind: item.kind, title: item.title, minutes: item.minutes, presenter: item.presenter };
    if (item.kind === 'project-update' && item.project) entry.projectId = item.project.id;
    if (item.kind === 'pitch' && item.pitchId) entry.pitchId = item.pitchId;
    return entry;
  });
}

/** The body of PUT /api/cafe/evenings/:id/programme, in the order shown. */
export function toProgrammeRequest(entries: readonly ProgrammeEntry[]): { items: Record<string, string | number>[] } {
  return {
    items: entries.map((entry): Record<string, string | number> => {
      if (entry.kind === 'pitch') return { kind: 'pitch', pitchId: entry.pitchId ?? '', minutes: entry.minutes };
      if (entry.kind === 'project-update') return { kind: 'project-update', projectId: entry.projectId ?? '', minutes: entry.minutes };
      return { kind: 'other', title: entry.title, minutes: entry.minutes };
    }),
  };
}

/** Moves the entry at `index` one place up (-1) or down (+1); out of range changes nothing. */
export function moveEntry<T>(entries: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= entries.length) return [...entries];
  const next = [...entries];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

let nextKey = 0;

/** The organiser orders the programme with buttons (no dragging needed), adds project updates and saves it at once. */
@Component({
  selector: 'wd-programme-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  templateUrl: './programme-editor.html',
  styles: `
    .programme-editor { padding: 0; list-style: none; counter-reset: item; }
    .programme-editor > li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.625rem 0; border-top: 1px solid var(--line); }
    .programme-editor__text { flex: 1 1 14rem; margin: 0; }
    .programme-editor__number { font-weight: 700; margin-right: 0.25rem; }
    .programme-editor .button { padding: 0.375rem 0.75rem; }
    .programme-editor .button:disabled { opacity: 0.55; cursor: not-allowed; }
  `,
})
export class ProgrammeEditor {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;

  readonly evening = input.required<CafeEveningView>();
  readonly saved = output<CafeEveningView>();

  protected readonly entries = linkedSignal(() => toEntries(this.evening().programme));
  protected readonly projects = signal<ProjectSummary[]>([]);
  protected readonly sortedProjects = computed(() => [...this.projects()].sort((a, b) => this.pick(a.title).localeCompare(this.pick(b.title), 'nl')));
  protected readonly fields = defineFields('programme-add', {
    projectId: { label: 'community.programmeEditor.project' },
    minutes: { label: 'community.programmeEditor.minutes' },
  });
  protected readonly addForm = inject(FormBuilder).nonNullable.group({
    projectId: ['', Validators.required],
    minutes: [10, [Validators.required, Validators.min(1), Validators.max(60)]],
  });
  protected readonly addProblem = signal<FormProblem | null>(null);
  protected readonly status = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.http.get<Page<ProjectSummary>>('/api/projects', { params: new HttpParams().set('pageSize', 100) }).subscribe({ next: (page) => this.projects.set(page.items), error: () => undefined });
  }

  protected kindText(entry: ProgrammeEntry): string {
    if (entry.kind === 'pitch' && entry.presenter) return this.t('community.programme.pitch', { name: entry.presenter });
    return this.t(`community.programmeEditor.kind.${entry.kind}`);
  }

  protected moveItem(index: number, step: -1 | 1): void {
    const entry = this.entries()[index];
    this.entries.update((entries) => moveEntry(entries, index, step));
    const position = index + step;
    this.status.set(this.t('community.programmeEditor.moved', { title: entry.title, position: position + 1 }));
    // Keep the keyboard on the item that moved; at the top or bottom the other button is the one still in use.
    const atEdge = position === 0 || position === this.entries().length - 1;
    const direction = atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down';
    afterNextRender(() => this.document.getElementById(`programme-${entry.key}-${direction}`)?.focus(), { injector: this.injector });
  }

  protected removeItem(index: number): void {
    const entry = this.entries()[index];
    this.entries.update((entries) => entries.filter((_, position) => position !== index));
    this.status.set(this.t('community.programmeEditor.removed', { title: entry.title }));
    afterNextRender(() => this.document.getElementById('programme-save')?.focus(), { injector: this.injector });
  }

  protected addProjectUpdate(): void {
    const problem = checkForm(this.addForm, this.t);
    this.addProblem.set(problem);
    if (problem) return;
    const { projectId, minutes } = this.addForm.getRawValue();
    const project = this.projects().find((candidate) => candidate.id === projectId);
    if (!project) return;
    const title = this.pick(project.title);
    this.entries.update((entries) => [...entries, { key: `new-${++nextKey}`, kind: 'project-update', title, minutes: Number(minutes), presenter: null, projectId }]);
    this.addForm.reset();
    this.status.set(this.t('community.programmeEditor.addedProject', { title }));
  }

  protected saveProgramme(): void {
    if (this.busy()) return;
    this.error.set('');
    if (this.entries().some((entry) => entry.kind === 'pitch' && !entry.pitchId)) {
      this.error.set(this.t('community.programmeEditor.unknownPitch'));
      return;
    }
    this.busy.set(true);
    this.http.put<CafeEveningView>(`/api/cafe/evenings/${this.evening().id}/programme`, toProgrammeRequest(this.entries())).subscribe({
      next: (evening) => {
        this.busy.set(false);
        this.status.set(this.t('community.programmeEditor.saved'));
        this.saved.emit(evening);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }
}
