import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { StemweekItemView } from '@wijkdeal/shared-contracts';
import { I18n } from '@wijkdeal/shared-ui';

/** The projects on a ballot, to read (before opening, after voting, in the archive): title, theme, cost, summary. */
@Component({
  selector: 'wd-ballot-items',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="card-grid plain-list">
      @for (item of items(); track item.id) {
        <li>
          <article class="card">
            <h3 class="card__title">{{ pick(item.title) }}</h3>
            <dl class="facts">
              @if (item.theme; as theme) {
                <div>
                  <dt>{{ t('project.theme') }}</dt>
                  <dd>{{ pick(theme.name) }}</dd>
                </div>
              }
              <div>
                <dt>{{ t('stemweek.item.costLabel') }}</dt>
                <dd>{{ formatEuros(item.cost) }}</dd>
              </div>
            </dl>
            @if (item.summary; as summary) {
              <p class="card__text">{{ pick(summary) }}</p>
            }
          </article>
        </li>
      }
    </ul>
  `,
})
export class BallotItems {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatEuros = this.i18n.formatEuros;

  readonly items = input.required<readonly StemweekItemView[]>();
}
