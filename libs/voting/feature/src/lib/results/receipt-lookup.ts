import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RankingEntry, StemweekMethod } from '@wijkdeal/shared-contracts';
import { defineFields, Field, FieldControl, FormProblem, I18n } from '@wijkdeal/shared-ui';

export interface FoundBallot {
  receipt: string;
  /** Project ids (or .pb project_ids) in ballot order; for a ranked ballot, first choice first. */
  vote: string[];
  /** Points per project in the same order, for a points ballot. */
  points: number[] | null;
}

/** Receipts are printed as XXXXX-XXXXX; people may type them in any case, with spaces or without the dash. */
export function normalizeReceipt(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** The fields of one CSV line (RFC 4180: quoted fields may hold commas and doubled quotes). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Looks a receipt up in the published ballots file (`receipt,vote[,points][,projects]`, by header); null when it is not there. */
export function findReceipt(csv: string, receipt: string): FoundBallot | null {
  const wanted = normalizeReceipt(receipt);
  if (!wanted) return null;
  const [header = '', ...rows] = csv.split(/\r?\n/);
  const columns = csvFields(header);
  const pointsAt = columns.indexOf('points');
  for (const line of rows) {
    if (!line) continue;
    const fields = csvFields(line);
    const [code, vote] = fields;
    const points = pointsAt >= 0 ? fields[pointsAt] : undefined;
    if (normalizeReceipt(code) !== wanted) continue;
    return {
      receipt: code,
      vote: vote ? vote.split(',') : [],
      points: points === undefined ? null : points.split(',').map(Number),
    };
  }
  return null;
}

/**
 * "Zoek je bonnetje": fetches the public ballots file once and looks the receipt up in the browser, so the code
 * a voter types never leaves their device.
 */
@Component({
  selector: 'wd-receipt-lookup',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Field, FieldControl],
  template: `
    <form class="form" novalidate (submit)="lookUpReceipt($event)">
      <wd-field [spec]="fields.receipt" [problem]="problem()">
        <input wdControl class="input--short" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" [value]="text()" (input)="typeReceipt($event)" />
      </wd-field>
      <div class="form__actions">
        <button type="submit" class="button button--secondary" [attr.aria-disabled]="busy() || null">{{ t('stemweek.lookup.submit') }}</button>
      </div>
    </form>
    <p role="status" class="lookup__result" [class.lookup__result--found]="found()">{{ result() }}</p>
  `,
  styles: `
    .lookup__result:not(:empty) {
      max-width: 46rem;
      padding: 0.75rem 1rem;
      font-weight: 600;
      background: var(--warning-tint);
      border-left: 6px solid var(--warning);
      border-radius: var(--radius);
    }
    .lookup__result--found:not(:empty) {
      background: var(--accent-tint);
      border-color: var(--accent);
    }
  `,
})
export class ReceiptLookup {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  readonly stemweekId = input.required<string>();
  readonly method = input.required<StemweekMethod>();
  readonly ranking = input.required<readonly RankingEntry[]>();

  protected readonly fields = defineFields('lookup', { receipt: { label: 'stemweek.lookup.label', hint: 'stemweek.lookup.hint' } });
  protected readonly text = signal('');
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly result = signal('');
  protected readonly found = signal(false);
  protected readonly busy = signal(false);
  private csv: string | null = null;

  private readonly titles = computed(() => new Map(this.ranking().map((entry) => [entry.projectId ?? entry.externalId ?? '', this.i18n.pick(entry.title)])));

  protected typeReceipt(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected lookUpReceipt(event?: Event): void {
    event?.preventDefault();
    if (this.busy()) return;
    if (!normalizeReceipt(this.text())) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { receipt: this.t('stemweek.lookup.required') }, other: [] });
      return;
    }
    this.problem.set(null);
    if (this.csv !== null) return this.show(this.csv);
    this.busy.set(true);
    this.result.set(this.t('stemweek.lookup.searching'));
    this.http.get(`/api/stemweeks/${this.stemweekId()}/ballots.csv`, { responseType: 'text' }).subscribe({
      next: (csv) => {
        this.busy.set(false);
        this.csv = csv;
        this.show(csv);
      },
      error: () => {
        this.busy.set(false);
        this.found.set(false);
        this.result.set(this.t('common.loadFailed'));
      },
    });
  }

  private show(csv: string): void {
    const ballot = findReceipt(csv, this.text());
    this.found.set(!!ballot);
    if (!ballot) {
      this.result.set(this.t('stemweek.lookup.notFound'));
      return;
    }
    const titles = this.titles();
    const names = ballot.vote.map((id, index) => {
      const title = titles.get(id) ?? id;
      if (this.method().kind === 'ranked') return `${index + 1}. ${title}`;
      if (ballot.points) return this.i18n.plural('stemweek.lookup.points', ballot.points[index] ?? 0, { project: title });
      return title;
    });
    this.result.set(this.t('stemweek.lookup.found', { receipt: ballot.receipt, vote: names.join('; ') }));
  }
}
