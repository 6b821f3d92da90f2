import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, linkedSignal, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { CastBallotResponse, formatVotingCode, normalizeVotingCode, StemweekDetail, VotingChannel } from '@wijkdeal/shared-contracts';
import { Alert, errorCode, ErrorSummary, Field, FieldControl, FieldSpec, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { BallotDraft, ballotProblemFrom, draftProblem, draftStorage, EMPTY_DRAFT, itemKey, toChoices } from '../ballot/ballot-draft';
import { BallotForm } from '../ballot/ballot-form';
import { BallotItems } from '../ballot/ballot-items';

export type BoothStep = 'ways' | 'ballot' | 'review' | 'receipt' | 'already-voted';
type Voter = 'account' | 'code';

const CODE_FIELD: FieldSpec = { name: 'code', id: 'vote-code', label: 'stemweek.code.label', hint: 'stemweek.code.hint' };
const VERIFY_FIELD: FieldSpec = { name: 'code', id: 'verify-code', label: 'stemweek.code.label', hint: 'stemweek.verify.hint' };

/** Where a visitor or resident starts: already voted, straight to the ballot, or the ways to vote. */
export function firstStep(stemweek: StemweekDetail, signedIn: boolean, code: string | null): BoothStep {
  if (stemweek.hasVoted) return 'already-voted';
  if (signedIn && stemweek.eligible?.ok && stemweek.channels.includes('account')) return 'ballot';
  if (code && stemweek.channels.includes('code')) return 'ballot';
  return 'ways';
}

/**
 * Voting in an open stemweek, in steps: the ways to vote (account or letter code), the ballot, "Controleer je stem",
 * and the receipt. Each step moves focus to its heading; a refused ballot comes back with an error summary that
 * links to the project or the code concerned.
 */
@Component({
  selector: 'wd-voting-booth',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ErrorSummary, Field, FieldControl, BallotForm, BallotItems],
  templateUrl: './voting-booth.html',
  styleUrl: './voting-booth.css',
})
export class VotingBooth {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('stepHeading');
  private readonly receiptText = viewChild<ElementRef<HTMLElement>>('receiptText');
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly signedIn = this.session.signedIn;

  readonly stemweek = input.required<StemweekDetail>();
  /** A voting code from the letter's link (the page has already taken it out of the address bar). */
  readonly code = input<string | null>(null);
  /** The account's address was confirmed: the page fetches the stemweek again, and may vote now. */
  readonly addressVerified = output<void>();

  protected readonly step = linkedSignal(() => firstStep(this.stemweek(), this.signedIn(), this.code()));
  protected readonly voter = linkedSignal<Voter>(() => (this.signedIn() && this.stemweek().eligible?.ok ? 'account' : 'code'));
  protected readonly codeText = linkedSignal(() => this.code() ?? '');
  private readonly storage = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  /** Back from a project's page, the choices so far are there again (draftStorage). */
  protected readonly draft = linkedSignal<StemweekDetail, BallotDraft>({ source: this.stemweek, computation: (stemweek) => draftStorage.load(this.storage, stemweek.id) });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly receipt = signal('');
  protected readonly copyStatus = signal('');
  protected readonly busy = signal(false);

  protected readonly codeField = CODE_FIELD;
  protected readonly verifyField = VERIFY_FIELD;
  protected readonly verifyFields = { code: VERIFY_FIELD };
  protected readonly verifyCode = signal('');
  protected readonly verifyProblem = signal<FormProblem | null>(null);
  protected readonly verified = signal(false);
  /** The letter code was checked with the API and may vote; cleared when it is typed again. */
  protected readonly codeChecked = signal(false);
  protected readonly returnUrl = computed(() => `/stemweek/${this.stemweek().id}`);
  protected readonly resultsUrl = computed(() => `/stemweek/${this.stemweek().id}/uitslag`);
  protected readonly notEligible = computed(() => {
    const eligible = this.stemweek().eligible;
    return this.signedIn() && eligible && !eligible.ok ? eligible : null;
  });
  protected readonly keys = computed(() => this.stemweek().items.map(itemKey));
  /** For the error summary: the code field, the ballot as a whole, and each project. */
  protected readonly fields = computed<Record<string, FieldSpec>>(() => {
    const fields: Record<string, FieldSpec> = { code: CODE_FIELD, choices: { name: 'choices', id: 'vote-ballot-0', label: 'stemweek.ballot.yourVote' } };
    this.stemweek().items.forEach((item, index) => {
      const name = `choice:${itemKey(item)}`;
      fields[name] = { name, id: `vote-ballot-${index}`, label: this.pick(item.title) };
    });
    return fields;
  });
  /** "Controleer je stem": the choices in ballot order, with place or points. */
  protected readonly review = computed(() => {
    const stemweek = this.stemweek();
    const titles = new Map(stemweek.items.map((item) => [itemKey(item), this.pick(item.title)]));
    return toChoices(this.draft(), stemweek.method, this.keys()).map((choice) => ({ ...choice, title: titles.get(choice.projectId) ?? choice.projectId }));
  });
  protected readonly formattedCode = computed(() => {
    const normalized = normalizeVotingCode(this.codeText());
    return normalized ? formatVotingCode(normalized) : this.codeText();
  });

  constructor() {
    effect(() => draftStorage.save(this.storage, this.stemweek().id, this.draft()));
    afterNextRender(() => {
      if (this.code() && this.step() === 'ballot') this.checkCode();
    });
  }

  protected hasChannel(channel: VotingChannel): boolean {
    return this.stemweek().channels.includes(channel);
  }

  protected useCode(): void {
    this.voter.set('code');
    this.problem.set(null);
    this.goTo('ballot');
  }

  protected typeCode(event: Event): void {
    this.codeText.set((event.target as HTMLInputElement).value);
    this.codeChecked.set(false);
  }

  /**
   * Checks the letter code as soon as it is entered (on leaving the field, and for a code from the letter's link),
   * so a wrong or used code is said before the ballot is filled in. The code is not used up by this.
   */
  protected checkCode(): void {
    const code = normalizeVotingCode(this.codeText());
    if (!code) return;
    this.http.post<{ ok: true }>(`/api/stemweeks/${this.stemweek().id}/code-check`, { code: formatVotingCode(code) }).subscribe({
      next: () => {
        this.codeChecked.set(true);
        if (this.problem()?.fields['code']) this.problem.set(null);
      },
      error: (error: unknown) => {
        const problem = toFormProblem(error, this.t('common.networkError'));
        this.codeChecked.set(false);
        this.problem.set({ ...problem, fields: { ...problem.fields, code: problem.message } });
      },
    });
  }

  protected typeVerifyCode(event: Event): void {
    this.verifyCode.set((event.target as HTMLInputElement).value);
  }

  /** The letter to the account's address confirms that address; the code itself stays for that household's vote. */
  protected verifyAddress(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const code = normalizeVotingCode(this.verifyCode());
    if (!code) {
      const message = this.t(this.verifyCode().trim() ? 'stemweek.code.invalid' : 'stemweek.code.required');
      this.verifyProblem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { code: message }, other: [] });
      return;
    }
    this.busy.set(true);
    this.http.post<void>(`/api/stemweeks/${this.stemweek().id}/address-verification`, { code: formatVotingCode(code) }).subscribe({
      next: () => {
        this.busy.set(false);
        this.verifyProblem.set(null);
        this.verified.set(true);
        this.voter.set('account');
        this.goTo('ballot');
        this.addressVerified.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = toFormProblem(error, this.t('common.networkError'));
        // The API names no field: a wrong code or one for another address is about the code field.
        this.verifyProblem.set({ ...problem, fields: { ...problem.fields, code: problem.message } });
      },
    });
  }

  /** A plain form (no Angular forms module on this page), so the submit event is stopped here, or the page would reload. */
  protected reviewBallot(event?: Event): void {
    event?.preventDefault();
    const stemweek = this.stemweek();
    const fields: Record<string, string> = {};
    if (this.voter() === 'code' && !normalizeVotingCode(this.codeText())) {
      fields['code'] = this.t(this.codeText().trim() ? 'stemweek.code.invalid' : 'stemweek.code.required');
    }
    const ballotProblem = draftProblem(this.draft(), stemweek.method);
    if (ballotProblem) fields['choices'] = this.t(ballotProblem.key, ballotProblem.params);
    if (Object.keys(fields).length) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields, other: [] });
      return;
    }
    this.problem.set(null);
    this.goTo('review');
  }

  protected changeBallot(): void {
    this.goTo('ballot');
  }

  protected castBallot(): void {
    if (this.busy()) return;
    const stemweek = this.stemweek();
    const choices = toChoices(this.draft(), stemweek.method, this.keys());
    const code = this.voter() === 'code' ? normalizeVotingCode(this.codeText()) : null;
    this.busy.set(true);
    this.http.post<CastBallotResponse>(`/api/stemweeks/${stemweek.id}/ballots`, code ? { choices, code: formatVotingCode(code) } : { choices }).subscribe({
      next: (response) => {
        this.busy.set(false);
        this.draft.set(EMPTY_DRAFT);
        this.receipt.set(response.receipt);
        this.goTo('receipt');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (errorCode(error) === 'ALREADY_VOTED' && this.voter() === 'account') {
          this.goTo('already-voted');
          return;
        }
        // Back to the ballot, where the error summary takes focus and links to what to change.
        const problem = ballotProblemFrom(toFormProblem(error, this.t('common.networkError')), choices);
        // A wrong code is about the code field, though the API sends it without details.
        this.problem.set(problem.code === 'INVALID_CODE' ? { ...problem, fields: { ...problem.fields, code: problem.message } } : problem);
        this.step.set('ballot');
      },
    });
  }

  protected copyReceipt(): void {
    const receipt = this.receipt();
    const copied = () => this.copyStatus.set(this.t('stemweek.receipt.copied'));
    const failed = () => {
      // Without clipboard access, select the code so Ctrl+C or the phone's menu can copy it.
      const element = this.receiptText()?.nativeElement;
      const selection = element?.ownerDocument.getSelection();
      if (element && selection) {
        selection.selectAllChildren(element);
      }
      this.copyStatus.set(this.t('stemweek.receipt.copyFailed'));
    };
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return failed();
    clipboard.writeText(receipt).then(copied, failed);
  }

  private goTo(step: BoothStep): void {
    this.step.set(step);
    this.copyStatus.set('');
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }
}
