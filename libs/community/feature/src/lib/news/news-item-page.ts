import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { NewsItemView } from '@wijkdeal/shared-contracts';
import { Alert, ConfirmButton, I18n, Notice, PageTitle, Paragraphs, toFormProblem } from '@wijkdeal/shared-ui';
import { NewsForm } from './news-form';

type Load = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; item: NewsItemView };

/** One news flash; admins edit or delete it here. */
@Component({
  selector: 'wd-news-item-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ConfirmButton, Paragraphs, NewsForm],
  template: `
    <p class="back-link"><a routerLink="/nieuws"><span aria-hidden="true">← </span>{{ t('community.news.back') }}</a></p>
    @if (load(); as load) {
      @if (load.kind === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load.kind === 'not-found') {
        <h1>{{ t('community.news.notFound.title') }}</h1>
        <p>{{ t('community.news.notFound.text') }}</p>
      } @else if (load.kind === 'failed') {
        <h1>{{ t('community.news.title') }}</h1>
        <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
      } @else {
        <article>
          <h1>{{ pick(load.item.title) }}</h1>
          <p class="muted">{{ t('community.news.published', { date: formatDate(load.item.publishedAt) }) }}</p>
          <wd-paragraphs [text]="pick(load.item.body)" />
        </article>

        @if (isAdmin()) {
          <section class="section section--admin" aria-labelledby="news-edit-title">
            <h2 id="news-edit-title">{{ t('community.news.edit') }}</h2>
            <wd-news-form [item]="load.item" (saved)="showItem($event)" />
            @if (deleteError()) {
              <wd-alert kind="error" [takeFocus]="true"><p>{{ deleteError() }}</p></wd-alert>
            }
            <wd-confirm-button
              questionId="news-delete-confirm"
              [label]="t('community.news.delete')"
              [question]="t('community.news.deleteConfirm')"
              [confirmLabel]="t('community.news.deleteYes')"
              [cancelLabel]="t('community.news.deleteNo')"
              (confirmed)="deleteItem(load.item)"
            />
          </section>
        }
      }
    }
  `,
})
export class NewsItemPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly isAdmin = inject(Session).isAdmin;

  /** Route parameter. */
  readonly slug = input.required<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly deleteError = signal('');

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      if (load.kind === 'loaded') return this.pick(load.item.title);
      return this.t(load.kind === 'not-found' ? 'community.news.notFound.title' : 'community.news.title');
    });
    effect(() => this.fetch(this.slug()));
  }

  protected showItem(item: NewsItemView): void {
    this.load.set({ kind: 'loaded', item });
  }

  protected deleteItem(item: NewsItemView): void {
    this.deleteError.set('');
    this.http.delete<void>(`/api/news/${encodeURIComponent(item.slug)}`).subscribe({
      next: () => {
        this.notice.showAfterNavigation('community.news.deleted');
        void this.router.navigateByUrl('/nieuws');
      },
      error: (error: unknown) => this.deleteError.set(toFormProblem(error, this.t('common.networkError')).message),
    });
  }

  private fetch(slug: string): void {
    this.load.set({ kind: 'loading' });
    this.http.get<NewsItemView>(`/api/news/${encodeURIComponent(slug)}`).subscribe({
      next: (item) => this.load.set({ kind: 'loaded', item }),
      error: (error: unknown) => this.load.set({ kind: error instanceof HttpErrorResponse && error.status === 404 ? 'not-found' : 'failed' }),
    });
  }
}
