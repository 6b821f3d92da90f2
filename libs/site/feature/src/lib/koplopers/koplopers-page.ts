import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '@wijkdeal/shared-ui';

@Component({
  selector: 'wd-koplopers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>{{ t('site.koplopers.title') }}</h1>
    <p class="lead">{{ t('site.koplopers.lead') }}</p>
    <h2>{{ t('site.koplopers.what.title') }}</h2>
    <p>{{ t('site.koplopers.what.text') }}</p>
    <h2>{{ t('site.koplopers.when.title') }}</h2>
    <p>{{ t('site.koplopers.when.text') }}</p>
    <h2>{{ t('site.koplopers.join.title') }}</h2>
    <p>{{ t('site.koplopers.join.text') }}</p>
    <p><a routerLink="/wijkdealcafe">{{ t('site.koplopers.join.link') }}</a></p>
  `,
})
export class KoplopersPage {
  protected readonly t = inject(I18n).t;
}
