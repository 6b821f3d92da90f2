import { HttpClient, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StemweekImportResult } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

type Upload = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' } | { kind: 'done'; stemweek: StemweekImportResult };

/**
 * /beheer/stemweken/importeren — an earlier stemweek, counted elsewhere, from a .pb file (pabulib). Large files
 * (90,000 ballots, some MB) show the upload as a progress bar, then "Verwerken…" until the API has stored it.
 */
@Component({
  selector: 'wd-import-stemweek-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <p class="back-link"><a routerLink="/beheer/stemweken">{{ t('stemweek.admin.backToList') }}</a></p>
    <h1>{{ t('stemweek.admin.import.title') }}</h1>
    <p class="lead">{{ t('stemweek.admin.import.intro') }}</p>

    <form class="form" novalidate (submit)="importStemweek($event)">
      <wd-error-summary summaryId="import-errors" [problem]="problem()" [fields]="fields" />
      <wd-field [spec]="fields.file" [problem]="problem()">
        <input wdControl type="file" accept=".pb,text/plain" (change)="pickFile($event)" />
      </wd-field>
      <wd-field [spec]="fields.rule" [problem]="problem()">
        <select wdControl (change)="pickRule($event)">
          <option value="">{{ t('stemweek.admin.import.ruleFromFile') }}</option>
          @for (rule of rules; track rule) {
            <option [value]="rule">{{ t('stemweek.admin.rule.' + rule) }}</option>
          }
        </select>
      </wd-field>
      @if (rule() === 'top-n') {
        <wd-field [spec]="fields.n" [problem]="problem()">
          <input wdControl class="input--short" type="number" inputmode="numeric" min="1" [value]="n()" (input)="typeN($event)" />
        </wd-field>
      }
      @if (rule() === 'greedy-budget' || rule() === 'equal-shares') {
        <wd-field [spec]="fields.budget" [problem]="problem()">
          <input wdControl class="input--short" type="number" inputmode="decimal" min="0" step="0.01" [value]="budget()" (input)="typeBudget($event)" />
        </wd-field>
      }
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('stemweek.admin.import.submit') }}</button>
      </div>
    </form>

    <div class="import__status">
      <p role="status">{{ phase() }}</p>
      @if (upload().kind === 'uploading') {
        <label for="import-progress">{{ t('stemweek.admin.import.sent', { percent: percent() }) }}</label>
        <progress id="import-progress" max="100" [value]="percent()">{{ percent() }}%</progress>
      }
    </div>
    @if (done(); as stemweek) {
      <wd-alert kind="success" [takeFocus]="true">
        <p>{{ t('stemweek.admin.import.done', { title: pick(stemweek.title) }) }}</p>
        @if (stemweek.officialOutcome; as official) {
          <p class="import__official">{{ pick(official.message) }}</p>
        } @else {
          <p class="import__official">{{ t('stemweek.admin.import.noOfficialOutcome') }}</p>
        }
        <p><a [routerLink]="['/stemweek', stemweek.id]">{{ t('stemweek.admin.import.archiveLink') }}</a></p>
      </wd-alert>
    }
  `,
  styles: `
    .import__status p:empty {
      margin: 0;
    }
    .import__status progress {
      display: block;
      width: 100%;
      max-width: 30rem;
      height: 1.25rem;
      accent-color: var(--accent);
    }
  `,
})
export class ImportStemweekPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly rules = ['top-n', 'greedy-budget', 'equal-shares'] as const;
  protected readonly fields = defineFields('import', {
    file: { label: 'stemweek.admin.import.file', hint: 'stemweek.admin.import.file.hint' },
    rule: { label: 'stemweek.admin.import.rule', hint: 'stemweek.admin.import.rule.hint' },
    n: { label: 'stemweek.admin.field.n' },
    budget: { label: 'stemweek.admin.field.budget' },
  });
  protected readonly file = signal<File | null>(null);
  protected readonly rule = signal('');
  protected readonly n = signal('10');
  protected readonly budget = signal('');
  protected readonly upload = signal<Upload>({ kind: 'idle' });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  protected percent(): number {
    const upload = this.upload();
    return upload.kind === 'uploading' ? upload.percent : 100;
  }

  protected done(): StemweekImportResult | null {
    const upload = this.upload();
    return upload.kind === 'done' ? upload.stemweek : null;
  }

  /** Said once per phase (not at every percent, which would flood a screen reader). */
  protected phase(): string {
    switch (this.upload().kind) {
      case 'uploading':
        return this.t('stemweek.admin.import.uploading');
      case 'processing':
        return this.t('stemweek.admin.import.processing');
      default:
        return '';
    }
  }

  protected typeN(event: Event): void {
    this.n.set((event.target as HTMLInputElement).value);
  }

  protected typeBudget(event: Event): void {
    this.budget.set((event.target as HTMLInputElement).value);
  }

  protected pickFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected pickRule(event: Event): void {
    this.rule.set((event.target as HTMLSelectElement).value);
  }

  protected importStemweek(event?: Event): void {
    event?.preventDefault();
    if (this.busy()) return;
    const file = this.file();
    if (!file) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { file: this.t('stemweek.admin.import.file.required') }, other: [] });
      return;
    }
    const form = new FormData();
    const rule = this.rule();
    if (rule) form.append('rule', rule);
    if (rule === 'top-n' && this.n()) form.append('n', this.n());
    if ((rule === 'greedy-budget' || rule === 'equal-shares') && this.budget()) form.append('budget', this.budget());
    form.append('file', file, file.name);
    this.problem.set(null);
    this.busy.set(true);
    this.upload.set({ kind: 'uploading', percent: 0 });
    this.http.post<StemweekImportResult>('/api/stemweeks/import', form, { reportProgress: true, observe: 'events' }).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const percent = event.total ? Math.round((event.loaded / event.total) * 100) : 0;
          // All bytes sent: now the API reads and stores the ballots.
          this.upload.set(event.total && event.loaded >= event.total ? { kind: 'processing' } : { kind: 'uploading', percent });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.busy.set(false);
          this.upload.set({ kind: 'done', stemweek: event.body });
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.upload.set({ kind: 'idle' });
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
