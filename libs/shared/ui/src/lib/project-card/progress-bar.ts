import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '../i18n/i18n';

let nextId = 0;

/** Progress 0–100 % as a bar, with the number in words next to it (not by the bar alone). */
@Component({
  selector: 'wd-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'progress' },
  template: `
    <span class="progress__label" [id]="labelId">{{ t('project.progress') }}</span>
    <div
      class="progress__track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="percent()"
      [attr.aria-valuetext]="valueText()"
      [attr.aria-labelledby]="labelId"
    >
      <div class="progress__fill" [style.width.%]="percent()"></div>
    </div>
    <span class="progress__value" aria-hidden="true">{{ valueText() }}</span>
  `,
})
export class ProgressBar {
  protected readonly t = inject(I18n).t;
  protected readonly labelId = `progress-${++nextId}`;

  readonly value = input.required<number>();

  protected readonly percent = computed(() => Math.max(0, Math.min(100, Math.round(this.value()))));
  protected readonly valueText = computed(() => this.t('project.progressValue', { percent: this.percent() }));
}
