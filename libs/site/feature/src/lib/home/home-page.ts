import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NewsItemView, Page, ThemeSummary } from '@wijkdeal/shared-contracts';
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
  protected readonly formatDate = this.i18n.formatDate;
  /** The theme names come from the API, so an admin's edits show here too. */
  protected readonly themes = signal<ThemeSummary[]>([]);
  /** The three latest news flashes; null until they arrive (the section then says nothing yet). */
  protected readonly news = signal<NewsItemView[] | null>(null);

  constructor() {
    const http = inject(HttpClient);
    http.get<ThemeSummary[]>('/api/themes').subscribe({ next: (themes) => this.themes.set(themes), error: () => this.themes.set([]) });
    http
      .get<Page<NewsItemView>>('/api/news', { params: new HttpParams().set('pageSize', 3) })
      .subscribe({ next: (page) => this.news.set(page.items), error: () => this.news.set([]) });
  }
}
