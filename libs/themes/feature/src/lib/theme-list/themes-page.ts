import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ThemeSummary } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';

@Component({
  selector: 'wd-themes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert],
  template: `
    <h1>{{ t('themes.list.title') }}</h1>
    <p class="lead">{{ t('themes.list.intro') }}</p>
    @if (themes(); as themes) {
      <ul class="plain-list card-grid">
        @for (theme of themes; track theme.id) {
          <li class="card theme-card">
            <h2 class="card__title">
              <a class="card__link" [routerLink]="['/themas', theme.slug]">{{ pick(theme.name) }}</a>
            </h2>
            <p class="card__text">{{ pick(theme.intro) }}</p>
          </li>
        }
      </ul>
    } @else if (failed()) {
      <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
    } @else {
      <p role="status">{{ t('common.loading') }}</p>
    }
  `,
})
export class ThemesPage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly themes = signal<ThemeSummary[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    inject(HttpClient)
      .get<ThemeSummary[]>('/api/themes')
      .subscribe({ next: (themes) => this.themes.set(themes), error: () => this.failed.set(true) });
  }
}
