import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, input, model, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StemweekItemView, StemweekMethod } from '@wijkdeal/shared-contracts';
import { FormProblem, I18n } from '@wijkdeal/shared-ui';
import { BallotDraft, chooseOne, itemKey, moveChoice, placesFor, pointsLeft, rankOf, Refusal, setPoints, setRank, toggleChoice } from './ballot-draft';

type Translate = I18n['t'];

/** The short instruction above the ballot: "Kies hoogstens 3 projecten". */
export function methodInstruction(method: StemweekMethod, t: Translate): string {
  switch (method.kind) {
    case 'approval':
      return method.minChoices
        ? t('stemweek.method.approvalMin', { min: method.minChoices, max: method.maxChoices })
        : t(method.maxChoices === 1 ? 'stemweek.method.approvalOne' : 'stemweek.method.approval', { max: method.maxChoices });
    case 'choose-1':
      return t('stemweek.method.choose1');
    case 'points':
      return t('stemweek.method.points', { points: method.points, max: method.maxPerProject });
    case 'ranked':
      return t('stemweek.method.ranked', { max: method.maxRanks });
  }
}

/**
 * The ballot of one stemweek for its method: checkboxes (approval), radio buttons (choose-1), a number with − and +
 * per project (points) or a place per project plus the chosen order with Hoger/Lager buttons (ranked; no dragging).
 * A live counter says what is left; a change that would break the limits is refused and explained in the same place.
 * Controls have the ids `{idPrefix}-{index}`, so an error summary can link to a project.
 */
@Component({
  selector: 'wd-ballot-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'ballot' },
  imports: [RouterLink],
  templateUrl: './ballot-form.html',
  styleUrl: './ballot-form.css',
})
export class BallotForm {
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatEuros = this.i18n.formatEuros;

  readonly method = input.required<StemweekMethod>();
  readonly items = input.required<readonly StemweekItemView[]>();
  readonly draft = model.required<BallotDraft>();
  readonly idPrefix = input('ballot');
  /** Field errors of a failed send, keyed `choice:{projectId}` (see VotingBooth). */
  readonly problem = input<FormProblem | null>(null);
  /** Paper entry: the projects without summaries, to type fast from a sheet. */
  readonly compact = input(false);

  /** The last refusal or move, said after the counter. */
  protected readonly message = signal('');

  protected readonly rows = computed(() =>
    this.items().map((item, index) => ({ item, key: itemKey(item), title: this.pick(item.title), id: `${this.idPrefix()}-${index}` })),
  );
  protected readonly instruction = computed(() => methodInstruction(this.method(), this.t));
  protected readonly counter = computed(() => {
    const method = this.method();
    const draft = this.draft();
    switch (method.kind) {
      case 'approval':
        return this.t('stemweek.ballot.counter.approval', { used: draft.chosen.length, max: method.maxChoices });
      case 'ranked':
        return this.t('stemweek.ballot.counter.ranked', { used: draft.chosen.length, max: method.maxRanks });
      case 'points':
        return this.i18n.plural('stemweek.ballot.counter.points', pointsLeft(draft, method), { total: method.points });
      case 'choose-1': {
        const chosen = this.rows().find((row) => row.key === draft.chosen[0]);
        return chosen ? this.t('stemweek.ballot.counter.chosen', { project: chosen.title }) : this.t('stemweek.ballot.counter.none');
      }
    }
  });
  /** Ranked: the chosen projects in order. */
  protected readonly order = computed(() => {
    const rows = this.rows();
    return this.draft().chosen.map((key) => rows.find((row) => row.key === key)).filter((row) => row !== undefined);
  });
  protected readonly left = computed(() => pointsLeft(this.draft(), this.method()));
  protected readonly maxPerProject = computed(() => {
    const method = this.method();
    return method.kind === 'points' ? method.maxPerProject : null;
  });

  protected isChosen(key: string): boolean {
    return this.draft().chosen.includes(key);
  }

  protected pointsOf(key: string): number {
    return this.draft().points[key] ?? 0;
  }

  protected rankOf(key: string): number | null {
    return rankOf(this.draft(), key);
  }

  protected places(key: string): number[] {
    return Array.from({ length: placesFor(this.draft(), this.method(), key) }, (_, index) => index + 1);
  }

  protected errorOf(key: string): string {
    return this.problem()?.fields[`choice:${key}`] ?? '';
  }

  protected describedBy(row: { id: string; key: string }): string {
    return [this.compact() ? '' : `${row.id}-details`, this.errorOf(row.key) ? `${row.id}-error` : ''].filter(Boolean).join(' ') || '';
  }

  protected toggleProject(key: string, event: Event): void {
    const box = event.target as HTMLInputElement;
    const change = toggleChoice(this.draft(), this.method(), key, box.checked);
    // A refused tick is undone at once, so the boxes always show what counts.
    if (change.refused) box.checked = false;
    this.apply(change.draft, change.refused);
  }

  protected chooseProject(key: string): void {
    this.apply(chooseOne(this.draft(), key), null);
  }

  protected typePoints(key: string, event: Event): void {
    const field = event.target as HTMLInputElement;
    if (field.value === '') return;
    const change = setPoints(this.draft(), this.method(), key, Number(field.value));
    const value = change.draft.points[key] ?? 0;
    if (Number(field.value) !== value) field.value = String(value);
    this.apply(change.draft, change.refused);
  }

  /** An emptied number field counts as 0 once the person leaves it. */
  protected settlePoints(key: string, event: Event): void {
    const field = event.target as HTMLInputElement;
    if (field.value !== '') return;
    field.value = '0';
    this.apply(setPoints(this.draft(), this.method(), key, 0).draft, null);
  }

  protected stepPoints(key: string, by: -1 | 1): void {
    const change = setPoints(this.draft(), this.method(), key, this.pointsOf(key) + by);
    this.apply(change.draft, change.refused);
  }

  protected placeProject(row: { key: string; title: string }, event: Event): void {
    const select = event.target as HTMLSelectElement;
    const rank = select.value === '' ? null : Number(select.value);
    const change = setRank(this.draft(), this.method(), row.key, rank);
    if (change.refused) select.value = '';
    this.apply(change.draft, change.refused);
    if (!change.refused) this.announcePlace(row, change.draft);
  }

  /** Hoger / Lager: the item moves, focus stays on the button pressed (or its partner at the top or bottom). */
  protected moveProject(row: { key: string; title: string; id: string }, by: -1 | 1): void {
    const before = this.draft();
    const draft = moveChoice(before, row.key, by);
    if (draft === before) return;
    this.draft.set(draft);
    this.announcePlace(row, draft);
    const position = draft.chosen.indexOf(row.key);
    const atEdge = by === -1 ? position === 0 : position === draft.chosen.length - 1;
    const target = `${row.id}-${(by === -1) !== atEdge ? 'up' : 'down'}`;
    afterNextRender(() => this.document.getElementById(target)?.focus(), { injector: this.injector });
  }

  protected removeFromOrder(row: { key: string; title: string; id: string }): void {
    this.draft.set(setRank(this.draft(), this.method(), row.key, null).draft);
    this.message.set(this.t('stemweek.ballot.removed', { project: row.title }));
    afterNextRender(() => this.document.getElementById(`${row.id}`)?.focus(), { injector: this.injector });
  }

  private announcePlace(row: { key: string; title: string }, draft: BallotDraft): void {
    const place = rankOf(draft, row.key);
    this.message.set(
      place === null ? this.t('stemweek.ballot.removed', { project: row.title }) : this.t('stemweek.ballot.placed', { project: row.title, place, count: draft.chosen.length }),
    );
  }

  private apply(draft: BallotDraft, refused: Refusal | null): void {
    this.draft.set(draft);
    this.message.set(refused ? this.refusalText(refused) : '');
  }

  private refusalText(refused: Refusal): string {
    const method = this.method();
    switch (refused) {
      case 'max-choices':
        return this.t('stemweek.ballot.refused.maxChoices', { max: method.kind === 'approval' ? method.maxChoices : 1 });
      case 'max-ranks':
        return this.t('stemweek.ballot.refused.maxRanks', { max: method.kind === 'ranked' ? method.maxRanks : 1 });
      case 'max-per-project':
        return this.t('stemweek.ballot.refused.maxPerProject', { max: method.kind === 'points' ? method.maxPerProject : 0 });
      case 'no-points-left':
        return this.t('stemweek.ballot.refused.noPointsLeft');
    }
  }
}
