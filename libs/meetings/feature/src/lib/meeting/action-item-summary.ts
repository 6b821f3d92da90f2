import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ActionItemView } from '@wijkdeal/shared-contracts';
import { I18n } from '@wijkdeal/shared-ui';

/** One action item: what, who, when; an overdue one says "Te laat" in words and gets a mark, not colour alone. */
@Component({
  selector: 'wd-action-item-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  host: { class: 'action-item', '[class.action-item--overdue]': 'item().overdue' },
  template: `
    <p class="action-item__title">
      @if (item().overdue) {
        <span class="badge badge--overdue"><span aria-hidden="true">! </span>{{ t('meetings.actionItems.overdue') }}</span>
      }
      @if (item().status === 'done') {
        <span class="badge badge--done">{{ t('meetings.actionItems.status.done') }}</span>
      }
      {{ item().title }}
    </p>
    <p class="action-item__meta">
      {{ item().owner ? t('meetings.actionItems.owner', { name: item().owner?.name ?? '' }) : t('meetings.actionItems.owner', { name: t('meetings.actionItems.noOwner') }) }}
      @if (item().dueOn; as dueOn) {
        · {{ t('meetings.actionItems.due', { date: formatDate(dueOn) }) }}
      }
      @if (item().project; as project) {
        · <a [routerLink]="['/projecten', project.slug]">{{ pick(project.title) }}</a>
      }
    </p>
  `,
  styles: `
    :host { display: block; }
    :host(.action-item--overdue) { padding-left: 0.75rem; border-left: 6px solid var(--warning); }
    .action-item__title { margin: 0; font-weight: 700; }
    .action-item__meta { margin: 0; color: var(--muted); }
    .badge--overdue { margin-right: 0.5rem; color: var(--warning); background: var(--warning-tint); }
    .badge--done { margin-right: 0.5rem; }
  `,
})
export class ActionItemSummary {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDate = this.i18n.formatDate;

  readonly item = input.required<ActionItemView>();
}
