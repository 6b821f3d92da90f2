import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n } from '@wijkdeal/shared-ui';

@Component({
  selector: 'wd-cafe-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t('site.cafe.title') }}</h1>
    <p class="lead">{{ t('site.cafe.lead') }}</p>
    <h2>{{ t('site.cafe.what.title') }}</h2>
    <ul>
      <li>{{ t('site.cafe.what.updates') }}</li>
      <li>{{ t('site.cafe.what.pitches') }}</li>
      <li>{{ t('site.cafe.what.talk') }}</li>
    </ul>
    <h2>{{ t('site.cafe.pitch.title') }}</h2>
    <p>{{ t('site.cafe.pitch.text') }}</p>
  `,
})
export class CafePage {
  protected readonly t = inject(I18n).t;
}
