import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '@wijkdeal/shared-ui';

@Component({
  selector: 'wd-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>{{ t('site.notFound.title') }}</h1>
    <p class="lead">{{ t('site.notFound.text') }}</p>
    <p>{{ t('site.notFound.next') }}</p>
    <ul>
      <li><a routerLink="/">{{ t('site.notFound.home') }}</a></li>
      <li><a routerLink="/themas">{{ t('shell.nav.themes') }}</a></li>
      <li><a routerLink="/projecten">{{ t('shell.nav.projects') }}</a></li>
    </ul>
  `,
})
export class NotFoundPage {
  protected readonly t = inject(I18n).t;
}
