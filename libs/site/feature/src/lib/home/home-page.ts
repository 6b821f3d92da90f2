import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ThemeSummary } from '@wijkdeal/shared-contracts';
import { I18n } from '@wijkdeal/shared-ui';

@Component({
  selector: 'wd-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './home-page.html',
})
export class HomePage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  /** The theme names come from the API, so an admin's edits show here too. */
  protected readonly themes = signal<ThemeSummary[]>([]);

  constructor() {
    inject(HttpClient)
      .get<ThemeSummary[]>('/api/themes')
      .subscribe({ next: (themes) => this.themes.set(themes), error: () => this.themes.set([]) });
  }
}
