import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, effect, inject, Injector, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PaperBallotEntryResult, PaperBallotReport, PaperBatchReport, PaperSheetMark, StemweekDetail } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, PageTitle, toFormProblem } from '@wijkdeal/shared-ui';
import { BallotDraft, ballotProblemFrom, draftProblem, EMPTY_DRAFT, itemKey, toChoices } from '../ballot/ballot-draft';
import { BallotForm } from '../ballot/ballot-form';

/**
 * /stemweek/:id/papier — tellers type paper ballots over, sheet by sheet. Every sheet is entered twice and only
 * counts when two entries agree. After saving, the result is said in words and focus returns to the sheet number
 * (already one higher), so the next sheet can be typed without the mouse.
 */
@Component({
  selector: 'wd-paper-entry-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ErrorSummary, Field, FieldControl, BallotForm],
  templateUrl: './paper-entry-page.html',
  styles: `
    .paper__sheet {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: 0 1.5rem;
      max-width: 36rem;
    }
    .paper__result:not(:empty) {
      max-width: 46rem;
      margin-bottom: 1.5rem;
      padding: 0.75rem 1rem;
      font-weight: 600;
      background: var(--info-tint);
      border-left: 6px solid var(--info);
      border-radius: var(--radius);
    }
    .paper__result--matched:not(:empty) {
      background: var(--accent-tint);
      border-color: var(--accent);
    }
    .paper__result--conflict:not(:empty) {
      background: var(--warning-tint);
      border-color: var(--warning);
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    th,
    td {
      padding: 0.5rem 0.625rem;
      text-align: left;
      border-bottom: 1px solid var(--line);
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.5rem;
    }
    .table-scroll {
      overflow-x: auto;
    }
  `,
})
export class PaperEntryPage {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly sheetInput = viewChild<ElementRef<HTMLInputElement>>('sheetInput');
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly stemweek = signal<StemweekDetail | null>(null);
  protected readonly failed = signal(false);
  protected readonly report = signal<PaperBallotReport | null>(null);
  protected readonly batch = signal('');
  protected readonly sheet = signal('1');
  protected readonly draft = signal<BallotDraft>(EMPTY_DRAFT);
  /** '' for a vote, else a blank or spoilt sheet (then no choices are sent). */
  protected readonly mark = signal<'' | PaperSheetMark>('');
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly result = signal<PaperBallotEntryResult | null>(null);
  protected readonly busy = signal(false);

  protected readonly fields = defineFields('paper', {
    batch: { label: 'stemweek.paper.batch', hint: 'stemweek.paper.batch.hint' },
    sheet: { label: 'stemweek.paper.sheet' },
    mark: { label: 'stemweek.paper.mark', hint: 'stemweek.paper.mark.hint' },
  });
  protected readonly summaryFields = computed(() => {
    const fields: Record<string, { name: string; id: string; label: string }> = { ...this.fields, choices: { name: 'choices', id: 'paper-ballot-0', label: 'stemweek.ballot.yourVote' } };
    (this.stemweek()?.items ?? []).forEach((item, index) => {
      const name = `choice:${itemKey(item)}`;
      fields[name] = { name, id: `paper-ballot-${index}`, label: this.pick(item.title) };
    });
    return fields;
  });
  protected readonly resultText = computed(() => {
    const result = this.result();
    return result ? this.t(`stemweek.paper.result.${result.status}`, { batch: result.batch, sheet: result.sheet }) : '';
  });

  constructor() {
    inject(PageTitle).use(() => {
      const stemweek = this.stemweek();
      return stemweek ? this.t('stemweek.paper.pageTitle', { title: this.pick(stemweek.title) }) : this.t('stemweek.paper.title');
    });
    effect(() => {
      const id = this.id();
      this.http.get<StemweekDetail>(`/api/stemweeks/${encodeURIComponent(id)}`).subscribe({ next: (stemweek) => this.stemweek.set(stemweek), error: () => this.failed.set(true) });
      this.refreshReport(id);
    });
  }

  protected typeBatch(event: Event): void {
    this.batch.set((event.target as HTMLInputElement).value);
  }

  protected typeSheet(event: Event): void {
    this.sheet.set((event.target as HTMLInputElement).value);
  }

  /** Sheets that need another entry: entered once, or entered differently. */
  protected sheetsToDo(row: PaperBatchReport): string {
    const sheets = [...row.enteredOnceSheets, ...row.conflictingSheets].sort((a, b) => a - b);
    return sheets.length ? sheets.join(', ') : '–';
  }

  protected pickMark(event: Event): void {
    this.mark.set((event.target as HTMLSelectElement).value as '' | PaperSheetMark);
  }

  protected saveSheet(event?: Event): void {
    event?.preventDefault();
    const stemweek = this.stemweek();
    if (!stemweek || this.busy()) return;
    const fields: Record<string, string> = {};
    const batch = this.batch().trim();
    const sheet = Number(this.sheet());
    if (!batch) fields['batch'] = this.t('form.required');
    if (!Number.isInteger(sheet) || sheet < 1) fields['sheet'] = this.t('stemweek.paper.sheet.invalid');
    const mark = this.mark();
    const ballotProblem = mark ? null : draftProblem(this.draft(), stemweek.method);
    if (ballotProblem) fields['choices'] = this.t(ballotProblem.key, ballotProblem.params);
    if (Object.keys(fields).length) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields, other: [] });
      return;
    }
    const choices = mark ? [] : toChoices(this.draft(), stemweek.method, stemweek.items.map(itemKey));
    this.problem.set(null);
    this.busy.set(true);
    this.http.post<PaperBallotEntryResult>(`/api/stemweeks/${stemweek.id}/paper-ballots`, { batch, sheet, choices, ...(mark ? { mark } : {}) }).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.result.set(result);
        this.draft.set(EMPTY_DRAFT);
        this.mark.set('');
        this.sheet.set(String(result.sheet + 1));
        this.refreshReport(stemweek.id);
        afterNextRender(
          () => {
            const input = this.sheetInput()?.nativeElement;
            input?.focus();
            input?.select();
          },
          { injector: this.injector },
        );
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.result.set(null);
        this.problem.set(ballotProblemFrom(toFormProblem(error, this.t('common.networkError')), choices, ['batch', 'sheet', 'choices']));
      },
    });
  }

  private refreshReport(id: string): void {
    this.http.get<PaperBallotReport>(`/api/stemweeks/${encodeURIComponent(id)}/paper-ballots`).subscribe({ next: (report) => this.report.set(report), error: () => undefined });
  }
}
