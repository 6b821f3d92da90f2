import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { CreatedStemweek, CreateStemweekRequest, LocalizedText, Page, ProjectDetail, ProjectSummary, StemweekDetail } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, ErrorSummary, Field, FieldControl, FieldSpec, FormProblem, I18n, Notice, PageTitle, toFormProblem } from '@wijkdeal/shared-ui';
import { forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { BallotBoxKeyStore } from './voting-codes';
import { amsterdamDateTime, buildStemweekRequest, changedStemweekFields, OPEN_EDITABLE, StemweekFormValues, stemweekFormValuesFrom, stemweekProblemFrom } from './stemweek-request';

interface ProjectRow {
  project: { id: string; title: LocalizedText; theme: { name: LocalizedText } | null };
  chosen: boolean;
  cost: string;
}

const DAY = 86_400_000;

/**
 * /beheer/stemweken/nieuw — a new stemweek: texts in Dutch and English, the window in Amsterdam time, the projects
 * on the ballot with their costs, the method and its limits, the selection rule, the channels and who may vote.
 * /beheer/stemweken/:id/bewerken — the same form filled in from the stemweek: everything while it is upcoming, only
 * the title and intro once it is open (the ballot is frozen), nothing once it is closed. Sends the changed fields only.
 */
@Component({
  selector: 'wd-new-stemweek-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Alert, ErrorSummary, Field, FieldControl],
  templateUrl: './new-stemweek-page.html',
  styleUrl: './new-stemweek-page.css',
})
export class NewStemweekPage implements OnInit {
  private readonly ballotBoxKeys = inject(BallotBoxKeyStore);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  /** Route parameter of /beheer/stemweken/:id/bewerken; absent for a new stemweek. */
  readonly id = input<string>();
  /** The stemweek being edited, as loaded. */
  protected readonly stemweek = signal<StemweekDetail | null>(null);
  protected readonly loadFailed = signal(false);
  /** Open: only the title and intro may change. */
  protected readonly textsOnly = computed(() => this.stemweek()?.state === 'open');
  protected readonly editable = computed(() => {
    const state = this.stemweek()?.state;
    return state === 'upcoming' || state === 'open';
  });
  /** The request as the form was filled in, to send only what changed. */
  private before: CreateStemweekRequest | null = null;

  protected readonly fields = defineFields('new-stemweek', {
    'title.nl': { label: 'stemweek.admin.field.titleNl' },
    'title.en': { label: 'stemweek.admin.field.titleEn', hint: 'stemweek.admin.field.en.hint' },
    'intro.nl': { label: 'stemweek.admin.field.introNl', hint: 'stemweek.admin.field.introNl.hint' },
    'intro.en': { label: 'stemweek.admin.field.introEn', hint: 'stemweek.admin.field.en.hint' },
    opensAt: { label: 'stemweek.admin.field.opensDate' },
    opensTime: { label: 'stemweek.admin.field.opensTime' },
    closesAt: { label: 'stemweek.admin.field.closesDate' },
    closesTime: { label: 'stemweek.admin.field.closesTime' },
    'method.maxChoices': { label: 'stemweek.admin.field.maxChoices' },
    'method.minChoices': { label: 'stemweek.admin.field.minChoices', hint: 'stemweek.admin.field.minChoices.hint' },
    'method.points': { label: 'stemweek.admin.field.points' },
    'method.maxPerProject': { label: 'stemweek.admin.field.maxPerProject' },
    'method.maxRanks': { label: 'stemweek.admin.field.maxRanks' },
    'selection.n': { label: 'stemweek.admin.field.n' },
    'selection.budget': { label: 'stemweek.admin.field.budget' },
    eligiblePostcodes: { label: 'stemweek.admin.field.postcodes', hint: 'stemweek.admin.field.postcodes.hint' },
    maxBallotsPerAddress: { label: 'stemweek.admin.field.maxPerAddress', hint: 'stemweek.admin.field.maxPerAddress.hint' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group(this.initialValues());
  protected readonly method = toSignal(this.form.controls.method.valueChanges, { initialValue: this.form.controls.method.value });
  protected readonly rule = toSignal(this.form.controls.rule.valueChanges, { initialValue: this.form.controls.rule.value });

  protected readonly rows = signal<ProjectRow[] | null>(null);
  protected readonly projectsFailed = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  /** Field specs for the error summary: the named fields plus every project's box and cost. */
  protected readonly summaryFields = computed(() => {
    const all: Record<string, FieldSpec> = { ...this.fields };
    all['projects'] = { name: 'projects', id: 'new-stemweek-project-0', label: 'stemweek.admin.projects.legend' };
    all['channels'] = { name: 'channels', id: 'new-stemweek-channel-account', label: 'stemweek.admin.channels.legend' };
    (this.rows() ?? []).forEach((row, index) => {
      const title = this.pick(row.project.title);
      all[`project:${row.project.id}`] = { name: `project:${row.project.id}`, id: `new-stemweek-project-${index}`, label: title };
      all[`projectCost:${row.project.id}`] = { name: `projectCost:${row.project.id}`, id: `new-stemweek-cost-${index}`, label: title };
    });
    return all;
  });
  protected readonly chosenCount = computed(() => (this.rows() ?? []).filter((row) => row.chosen).length);

  constructor() {
    inject(PageTitle).use(() => {
      const stemweek = this.stemweek();
      if (!this.id()) return this.t('stemweek.admin.new.title');
      return stemweek ? this.t('stemweek.admin.edit.pageTitle', { title: this.pick(stemweek.title) }) : this.t('stemweek.admin.edit.title');
    });
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.loadProjects(null);
      return;
    }
    this.http.get<StemweekDetail>(`/api/stemweeks/${encodeURIComponent(id)}`).subscribe({
      next: (stemweek) => {
        this.form.setValue(stemweekFormValuesFrom(stemweek));
        this.stemweek.set(stemweek);
        if (stemweek.state === 'upcoming') this.loadProjects(stemweek);
        else this.before = buildStemweekRequest(this.formValues(), []);
      },
      error: () => this.loadFailed.set(true),
    });
  }

  protected problemFor(name: string): string {
    return this.problem()?.fields[name] ?? '';
  }

  protected chooseProject(index: number, event: Event): void {
    const chosen = (event.target as HTMLInputElement).checked;
    this.updateRow(index, { chosen });
    const row = this.rows()?.[index];
    // Fill in the project's own cost estimate, so the admin sees (and may change) what goes on the ballot.
    if (chosen && row && row.cost === '') {
      this.http.get<ProjectDetail>(`/api/projects/${row.project.id}`).subscribe({
        next: (project) => {
          if (project.costEstimate !== null && this.rows()?.[index]?.cost === '') this.updateRow(index, { cost: String(project.costEstimate) });
        },
        error: () => undefined,
      });
    }
  }

  protected typeCost(index: number, event: Event): void {
    this.updateRow(index, { cost: (event.target as HTMLInputElement).value });
  }

  protected saveStemweek(): void {
    if (this.id()) this.updateStemweek();
    else this.createStemweek();
  }

  private createStemweek(): void {
    if (this.busy()) return;
    const request = buildStemweekRequest(this.formValues(), this.chosenProjects());
    const fields: Record<string, string> = {};
    if (!request.title.nl) fields['title.nl'] = this.t('form.required');
    if (!request.opensAt) fields['opensAt'] = this.t('stemweek.admin.field.dateTime.invalid');
    if (!request.closesAt) fields['closesAt'] = this.t('stemweek.admin.field.dateTime.invalid');
    if (!request.projects.length) fields['projects'] = this.t('stemweek.admin.projects.none');
    if (!request.channels.length) fields['channels'] = this.t('stemweek.admin.channels.none');
    if (Object.keys(fields).length) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields, other: [] });
      return;
    }
    this.problem.set(null);
    this.busy.set(true);
    this.http.post<CreatedStemweek>('/api/stemweeks', request).subscribe({
      next: (stemweek) => {
        this.ballotBoxKeys.keep(stemweek.id, stemweek.ballotBoxKey);
        this.notice.showAfterNavigation('stemweek.admin.new.done');
        void this.router.navigate(['/beheer/stemweken', stemweek.id]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(stemweekProblemFrom(toFormProblem(error, this.t('common.networkError')), request, (line) => this.t('stemweek.admin.field.postcodes.line', { line })));
      },
    });
  }

  private updateStemweek(): void {
    const stemweek = this.stemweek();
    if (this.busy() || !stemweek || !this.before || !this.editable()) return;
    const textsOnly = this.textsOnly();
    const request = buildStemweekRequest(this.formValues(), textsOnly ? [] : this.chosenProjects());
    const fields: Record<string, string> = {};
    if (!request.title.nl) fields['title.nl'] = this.t('form.required');
    if (!textsOnly) {
      if (!request.opensAt) fields['opensAt'] = this.t('stemweek.admin.field.dateTime.invalid');
      if (!request.closesAt) fields['closesAt'] = this.t('stemweek.admin.field.dateTime.invalid');
      if (!request.projects.length) fields['projects'] = this.t('stemweek.admin.projects.none');
      if (!request.channels.length) fields['channels'] = this.t('stemweek.admin.channels.none');
    }
    if (Object.keys(fields).length) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields, other: [] });
      return;
    }
    const changes = changedStemweekFields(this.before, request, textsOnly ? OPEN_EDITABLE : undefined);
    if (!Object.keys(changes).length) {
      this.notice.showAfterNavigation('stemweek.admin.edit.unchanged', 'info');
      void this.router.navigate(['/beheer/stemweken', stemweek.id]);
      return;
    }
    this.problem.set(null);
    this.busy.set(true);
    this.http.patch<StemweekDetail>(`/api/stemweeks/${encodeURIComponent(stemweek.id)}`, changes).subscribe({
      next: () => {
        this.notice.showAfterNavigation('stemweek.admin.edit.done');
        void this.router.navigate(['/beheer/stemweken', stemweek.id]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(stemweekProblemFrom(toFormProblem(error, this.t('common.networkError')), request, (line) => this.t('stemweek.admin.field.postcodes.line', { line })));
      },
    });
  }

  private formValues(): StemweekFormValues {
    return this.form.getRawValue() as StemweekFormValues;
  }

  private chosenProjects(): { projectId: string; cost: string }[] {
    return (this.rows() ?? []).filter((row) => row.chosen).map((row) => ({ projectId: row.project.id, cost: row.cost }));
  }

  /**
   * Only proposed and candidate projects can go on a ballot. When editing, the ballot's projects are chosen (in the
   * list's order) with their costs, also one that is no longer proposed or candidate.
   */
  private loadProjects(stemweek: StemweekDetail | null): void {
    forkJoin([this.fetchAll('proposed'), this.fetchAll('candidate')]).subscribe({
      next: ([proposed, candidate]) => {
        const items = new Map((stemweek?.items ?? []).filter((item) => item.projectId).map((item) => [item.projectId as string, item]));
        const listed: ProjectRow['project'][] = [...candidate, ...proposed];
        for (const item of items.values()) {
          if (!listed.some((project) => project.id === item.projectId)) listed.push({ id: item.projectId as string, title: item.title, theme: item.theme });
        }
        listed.sort((a, b) => this.pick(a.title).localeCompare(this.pick(b.title), 'nl'));
        this.rows.set(
          listed.map((project) => {
            const item = items.get(project.id);
            return { project, chosen: !!item, cost: item ? String(item.cost) : '' };
          }),
        );
        if (stemweek) this.before = buildStemweekRequest(this.formValues(), this.chosenProjects());
      },
      error: () => this.projectsFailed.set(true),
    });
  }

  private updateRow(index: number, change: Partial<ProjectRow>): void {
    this.rows.update((rows) => rows?.map((row, at) => (at === index ? { ...row, ...change } : row)) ?? null);
  }

  private fetchAll(status: string, page = 1): Observable<ProjectSummary[]> {
    return this.http.get<Page<ProjectSummary>>('/api/projects', { params: { status, page, pageSize: 100 } }).pipe(
      switchMap((result) => (result.page * result.pageSize < result.total ? this.fetchAll(status, page + 1).pipe(map((rest) => [...result.items, ...rest])) : of(result.items))),
    );
  }

  private initialValues(): StemweekFormValues {
    const opens = amsterdamDateTime(new Date(Date.now() + DAY));
    const closes = amsterdamDateTime(new Date(Date.now() + 8 * DAY));
    return {
      titleNl: '',
      titleEn: '',
      introNl: '',
      introEn: '',
      opensDate: opens.date,
      opensTime: '09:00',
      closesDate: closes.date,
      closesTime: '21:00',
      method: 'approval',
      maxChoices: 3,
      minChoices: null,
      points: 10,
      maxPerProject: 4,
      maxRanks: 3,
      rule: 'top-n',
      n: 10,
      tieBreak: 'include-all',
      budget: null,
      channelAccount: true,
      channelCode: true,
      channelPaper: true,
      eligiblePostcodes: '',
      maxBallotsPerAddress: null,
    };
  }
}
