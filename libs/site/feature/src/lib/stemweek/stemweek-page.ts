import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Alert, I18n } from '@wijkdeal/shared-ui';

/** Explains the stemweek. The voting itself comes with the voting feature; until then no stemweek can be open. */
@Component({
  selector: 'wd-stemweek-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert],
  template: `
    <h1>{{ t('site.stemweek.title') }}</h1>
    <p class="lead">{{ t('site.stemweek.lead') }}</p>
    <wd-alert kind="info"><p>{{ t('site.stemweek.closed') }}</p></wd-alert>

    <h2>{{ t('site.stemweek.what.title') }}</h2>
    <p>{{ t('site.stemweek.what.text') }}</p>
    <h2>{{ t('site.stemweek.who.title') }}</h2>
    <p>{{ t('site.stemweek.who.text') }}</p>
    <h2>{{ t('site.stemweek.how.title') }}</h2>
    <ul>
      <li>{{ t('site.stemweek.how.online') }}</li>
      <li>{{ t('site.stemweek.how.code') }}</li>
      <li>{{ t('site.stemweek.how.paper') }}</li>
    </ul>
    <h2>{{ t('site.stemweek.secret.title') }}</h2>
    <p>{{ t('site.stemweek.secret.text') }}</p>
    <h2>{{ t('site.stemweek.result.title') }}</h2>
    <p>{{ t('site.stemweek.result.text') }}</p>
  `,
})
export class StemweekPage {
  protected readonly t = inject(I18n).t;
}
