import { NgTemplateOutlet } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GeneratedCodes, Page, ProjectSummary, StemweekAuditEntry, StemweekDetail, StemweekItemView, TurnoutView } from '@wijkdeal/shared-contracts';
import { auditSentence } from './audit-sentence';
import { Alert, defineFields, errorCode, ErrorSummary, Field, FieldControl, FormProblem, I18n, PageTitle, toFormProblem } from '@wijkdeal/shared-ui';
import { BallotBoxKeyStore, codesCsv, GeneratedCodesStore } from './voting-codes';

type Confirm = 'open' | 'close' | 'publish' | null;

/**
 * /beheer/stemweken/:id — one stemweek for admins: state and turnout, close early and publish (each after a
 * confirm step), the preview of the result, voting codes (shown once, as CSV and as letters) and the audit log.
 * For an imported stemweek: link each ballot item of the file to a project of this platform, so its page shows it.
 */
@Component({
  selector: 'wd-stemweek-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, NgTemplateOutlet, Alert, ErrorSummary, Field, FieldControl],
  templateUrl: './stemweek-admin-page.html',
  styleUrl: './stemweek-admin-page.css',
})
export class StemweekAdminPage {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly store = inject(GeneratedCodesStore);
  private readonly keys = inject(BallotBoxKeyStore);
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDateTime = this.i18n.formatDateTime;
  protected readonly formatDate = this.i18n.formatDate;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly stemweek = signal<StemweekDetail | null>(null);
  protected readonly failed = signal(false);
  protected readonly turnout = signal<TurnoutView | null>(null);
  protected readonly audit = signal<StemweekAuditEntry[]>([]);
  protected readonly confirm = signal<Confirm>(null);
  protected readonly busy = signal(false);
  /** What the last action did (or why it failed), said once at the top of the actions. */
  protected readonly outcome = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  protected readonly codeFields = defineFields('codes', { count: { label: 'stemweek.codes.count', hint: 'stemweek.codes.count.hint' } });
  protected readonly codeCount = signal('25');
  protected readonly codeProblem = signal<FormProblem | null>(null);
  protected readonly codes = computed(() => this.store.forStemweek(this.id()));
  /** The counting key, only right after the stemweek was created here. */
  protected readonly newKey = computed(() => this.keys.forStemweek(this.id()));
  protected readonly keyFields = defineFields('ballot-box', { key: { label: 'stemweek.admin.key.label', hint: 'stemweek.admin.key.hint' } });
  protected readonly key = signal('');
  protected readonly keyProblem = signal<FormProblem | null>(null);
  /** Paper sheets that do not count yet, as the API listed them when publishing was refused. */
  protected readonly openSheets = signal<{ message: string; sheets: string[] } | null>(null);
  protected readonly leaveOutFields = defineFields('leave-out', { reason: { label: 'stemweek.admin.leaveOut.reason', hint: 'stemweek.admin.leaveOut.hint' } });
  protected readonly leaveOutReason = signal('');
  protected readonly leaveOutProblem = signal<FormProblem | null>(null);

  /** Ballot items from a .pb file, to link to projects of this platform. */
  protected readonly importedItems = computed(() => (this.stemweek()?.items ?? []).filter((item) => item.externalId !== null));
  protected readonly projects = signal<ProjectSummary[] | null>(null);
  protected readonly projectsFailed = signal(false);
  /** The project picked per item (item id → project id, '' for none) before it is saved. */
  private readonly picked = signal<Record<string, string>>({});
  /** What saving a link did, per item, said in that item's live region. */
  protected readonly matchOutcome = signal<Record<string, { kind: 'success' | 'error'; text: string }>>({});
  protected readonly matchBusy = signal<string | null>(null);

  constructor() {
    inject(PageTitle).use(() => {
      const stemweek = this.stemweek();
      return stemweek ? this.t('stemweek.admin.detail.pageTitle', { title: this.pick(stemweek.title) }) : this.t('stemweek.admin.list.title');
    });
    effect(() => this.refresh(this.id()));
  }

  protected askToOpen(): void {
    this.askConfirm('open');
  }

  protected openNow(): void {
    this.runAction('open', 'stemweek.admin.opened');
  }

  protected askToClose(): void {
    this.askConfirm('close');
  }

  protected askToPublish(): void {
    this.askConfirm('publish');
  }

  protected cancelConfirm(): void {
    this.confirm.set(null);
  }

  protected typeKey(event: Event): void {
    this.key.set((event.target as HTMLInputElement).value);
  }

  /** Closes an open stemweek, or opens the box of one that closed by the clock: both with the counting key. */
  protected closeStemweek(event?: Event): void {
    event?.preventDefault();
    if (!this.key().trim()) {
      this.keyProblem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { key: this.t('stemweek.admin.key.hint') }, other: [] });
      return;
    }
    this.keyProblem.set(null);
    this.runAction('close', this.stemweek()?.state === 'open' ? 'stemweek.admin.closed' : 'stemweek.admin.key.opened');
  }

  protected publishResults(): void {
    this.runAction('publish', 'stemweek.admin.published');
  }

  protected typeLeaveOutReason(event: Event): void {
    this.leaveOutReason.set((event.target as HTMLTextAreaElement).value);
  }

  /** Publishes without the sheets that do not count, on purpose: the reason goes in the audit log with the sheets. */
  protected publishLeavingOut(event: Event): void {
    event.preventDefault();
    const reason = this.leaveOutReason().trim();
    if (!reason) {
      this.leaveOutProblem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { reason: this.t('stemweek.admin.leaveOut.required') }, other: [] });
      return;
    }
    this.leaveOutProblem.set(null);
    this.runAction('publish', 'stemweek.admin.published', { leaveOutOpenSheets: true, reason });
  }

  protected typeCodeCount(event: Event): void {
    this.codeCount.set((event.target as HTMLInputElement).value);
  }

  protected generateCodes(event?: Event): void {
    event?.preventDefault();
    if (this.busy()) return;
    const count = Number(this.codeCount());
    if (!Number.isInteger(count) || count < 1 || count > 10_000) {
      this.codeProblem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { count: this.t('stemweek.codes.count.invalid') }, other: [] });
      return;
    }
    this.codeProblem.set(null);
    this.busy.set(true);
    this.http.post<GeneratedCodes>(`/api/stemweeks/${this.id()}/codes`, { count }).subscribe({
      next: (generated) => {
        this.busy.set(false);
        this.store.keep(generated);
        this.loadAudit(this.id());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.codeProblem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  /** The CSV is made here from the codes on screen: asking the API again would make new codes. */
  protected downloadCodes(): void {
    const codes = this.codes();
    if (!codes) return;
    const blob = new Blob([codesCsv(codes, location.origin)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `stemcodes-${codes.stemweekId}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** "14,3" of 100: one decimal, in the page's language. */
  protected percentOf(part: number, whole: number): string {
    return this.i18n.formatNumber(whole ? (100 * part) / whole : 0, 1);
  }

  protected sentence(entry: StemweekAuditEntry): string {
    return auditSentence(entry, this.i18n);
  }

  protected pickedProject(item: StemweekItemView): string {
    return this.picked()[item.id] ?? item.projectId ?? '';
  }

  /** The linked project when it is not among the listed ones (more than a page of projects). */
  protected unlistedProject(item: StemweekItemView): boolean {
    return !!item.projectId && !(this.projects() ?? []).some((project) => project.id === item.projectId);
  }

  protected pickProject(item: StemweekItemView, event: Event): void {
    const projectId = (event.target as HTMLSelectElement).value;
    this.picked.update((picked) => ({ ...picked, [item.id]: projectId }));
  }

  protected saveMatch(item: StemweekItemView): void {
    if (this.matchBusy()) return;
    const projectId = this.pickedProject(item) || null;
    const itemTitle = this.pick(item.title);
    this.matchBusy.set(item.id);
    this.http.patch<StemweekDetail>(`/api/stemweeks/${encodeURIComponent(this.id())}/items/${encodeURIComponent(item.id)}`, { projectId }).subscribe({
      next: (stemweek) => {
        this.matchBusy.set(null);
        this.stemweek.set(stemweek);
        const project = this.projects()?.find((candidate) => candidate.id === projectId);
        const text = projectId
          ? this.t('stemweek.admin.match.linked', { item: itemTitle, project: project ? this.pick(project.title) : projectId })
          : this.t('stemweek.admin.match.unlinked', { item: itemTitle });
        this.setMatchOutcome(item.id, { kind: 'success', text });
        this.loadAudit(this.id());
      },
      error: (error: unknown) => {
        this.matchBusy.set(null);
        const text = errorCode(error) === 'CONFLICT' ? this.t('stemweek.admin.match.conflict') : toFormProblem(error, this.t('common.networkError')).message;
        this.setMatchOutcome(item.id, { kind: 'error', text });
      },
    });
  }

  private setMatchOutcome(itemId: string, outcome: { kind: 'success' | 'error'; text: string }): void {
    this.matchOutcome.update((outcomes) => ({ ...outcomes, [itemId]: outcome }));
  }

  private loadProjects(): void {
    this.http.get<Page<ProjectSummary>>('/api/projects', { params: { pageSize: 100 } }).subscribe({
      next: (page) => this.projects.set([...page.items].sort((a, b) => this.pick(a.title).localeCompare(this.pick(b.title), 'nl'))),
      error: () => this.projectsFailed.set(true),
    });
  }

  private askConfirm(kind: Confirm): void {
    this.outcome.set(null);
    this.openSheets.set(null);
    this.confirm.set(kind);
    afterNextRender(() => this.confirmHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  private runAction(action: 'open' | 'close' | 'publish', doneKey: string, body: Record<string, unknown> = {}): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.http.post<unknown>(`/api/stemweeks/${this.id()}/${action}`, action === 'close' ? { key: this.key() } : body).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirm.set(null);
        this.openSheets.set(null);
        this.key.set('');
        this.outcome.set({ kind: 'success', text: this.t(doneKey) });
        this.refresh(this.id());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        // A wrong key is said at the key field, and the form stays open to try again.
        if (errorCode(error) === 'BALLOT_BOX_KEY_WRONG') {
          this.keyProblem.set(toFormProblem(error, this.t('common.networkError')));
          return;
        }
        // Open paper sheets: the confirmation stays, with the sheets and the choice to leave them out.
        if (errorCode(error) === 'PAPER_SHEETS_OPEN') {
          const problem = toFormProblem(error, this.t('common.networkError'));
          this.openSheets.set({ message: problem.message, sheets: Object.values(problem.fields) });
          return;
        }
        this.confirm.set(null);
        this.outcome.set({ kind: 'error', text: toFormProblem(error, this.t('common.networkError')).message });
      },
    });
  }

  private refresh(id: string): void {
    const base = `/api/stemweeks/${encodeURIComponent(id)}`;
    this.http.get<StemweekDetail>(base).subscribe({
      next: (stemweek) => {
        this.stemweek.set(stemweek);
        if (stemweek.items.some((item) => item.externalId !== null) && this.projects() === null) this.loadProjects();
      },
      error: () => this.failed.set(true),
    });
    this.http.get<TurnoutView>(`${base}/turnout`).subscribe({ next: (turnout) => this.turnout.set(turnout), error: () => this.turnout.set(null) });
    this.loadAudit(id);
  }

  private loadAudit(id: string): void {
    this.http.get<StemweekAuditEntry[]>(`/api/stemweeks/${encodeURIComponent(id)}/audit`).subscribe({ next: (audit) => this.audit.set(audit), error: () => undefined });
  }
}
