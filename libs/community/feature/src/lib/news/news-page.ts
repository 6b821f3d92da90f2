import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, numberAttribute, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { NewsItemView, Page } from '@wijkdeal/shared-contracts';
import { Alert, I18n, Notice, Pager, splitParagraphs } from '@wijkdeal/shared-ui';
import { NewsForm } from './news-form';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; page: Page<NewsItemView> };

const NEWS_PER_PAGE = 10;

/** The news flashes, newest first, with the Atom feed; admins post new ones here. */
@Component({
  selector: 'wd-news-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, Pager, NewsForm],
  template: `
    <h1>{{ t('community.news.title') }}</h1>
    <p class="lead">{{ t('community.news.lead') }}</p>
    <p><a href="/api/feeds/news.atom">{{ t('community.news.feed') }}</a></p>

    @if (load(); as load) {
      @if (load.kind === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load.kind === 'failed') {
        <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
      } @else {
        <ul class="plain-list timeline">
          @for (item of load.page.items; track item.id) {
            <li>
              <h2 class="update__title"><a [routerLink]="['/nieuws', item.slug]">{{ pick(item.title) }}</a></h2>
              <p class="update__meta">{{ t('community.news.published', { date: formatDate(item.publishedAt) }) }}</p>
              <p>{{ firstParagraph(pick(item.body)) }}</p>
            </li>
          } @empty {
            <li>{{ t('community.news.none') }}</li>
          }
        </ul>
        <wd-pager [page]="load.page.page" [pageSize]="load.page.pageSize" [total]="load.page.total" />
      }
    }

    @if (isAdmin()) {
      <section class="section section--admin" aria-labelledby="news-new-title">
        <h2 id="news-new-title">{{ t('community.news.new') }}</h2>
        <wd-news-form (saved)="openItem($event)" />
      </section>
    }
  `,
})
export class NewsPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly isAdmin = inject(Session).isAdmin;

  /** Query parameter. */
  readonly pagina = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });

  protected readonly load = signal<Load>({ kind: 'loading' });

  constructor() {
    effect(() => this.fetch(this.pagina()));
  }

  protected firstParagraph(text: string): string {
    return splitParagraphs(text)[0] ?? '';
  }

  protected openItem(item: NewsItemView): void {
    this.notice.showAfterNavigation('community.news.savedNew');
    void this.router.navigate(['/nieuws', item.slug]);
  }

  private fetch(page: number): void {
    this.load.set({ kind: 'loading' });
    this.http.get<Page<NewsItemView>>('/api/news', { params: new HttpParams().set('page', page).set('pageSize', NEWS_PER_PAGE) }).subscribe({
      next: (result) => this.load.set({ kind: 'loaded', page: result }),
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
