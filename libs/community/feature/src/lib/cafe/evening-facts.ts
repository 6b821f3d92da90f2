import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { CafeEveningView } from '@wijkdeal/shared-contracts';
import { I18n } from '@wijkdeal/shared-ui';

/** When and where an evening is, and whether it is cancelled or moved, in words (not by colour). */
@Component({
  selector: 'wd-evening-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (evening().cancelled || evening().moved) {
      <p class="evening-marks">
        @if (evening().cancelled) {
          <span class="badge badge--stopped">{{ t('community.evening.cancelled') }}</span>
        } @else {
          <span class="badge badge--paused">{{ t('community.evening.moved') }}</span>
        }
        @if (evening().note) {
          {{ evening().note }}
        }
      </p>
    }
    <dl class="facts">
      @if (showDate()) {
        <div class="facts__item">
          <dt>{{ t('community.evening.date') }}</dt>
          <dd>{{ formatDay(evening().startsAt) }}</dd>
        </div>
      }
      <div class="facts__item">
        <dt>{{ t('community.evening.time') }}</dt>
        <dd>{{ t('community.evening.timeRange', { start: formatTime(evening().startsAt), end: formatTime(evening().endsAt) }) }}</dd>
      </div>
      <div class="facts__item">
        <dt>{{ t('community.evening.place') }}</dt>
        <dd>{{ evening().place }}</dd>
      </div>
    </dl>
  `,
})
export class EveningFacts {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly formatDay = this.i18n.formatDay;
  protected readonly formatTime = this.i18n.formatTime;

  readonly evening = input.required<CafeEveningView>();
  readonly showDate = input(true);
}
