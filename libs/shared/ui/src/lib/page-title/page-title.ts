import { DOCUMENT, effect, inject, Injectable, signal } from '@angular/core';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18n } from '../i18n/i18n';

/**
 * The document title, "<page> · Wijkdeal". A route's `title` is a text key; a page with a title from
 * data (a theme's name) calls `use()` with a function of signals. Either way the title follows the language.
 */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly source = signal<(() => string) | null>(null);

  constructor() {
    effect(() => {
      const page = this.source()?.();
      const site = this.i18n.t('app.titleSuffix');
      this.document.title = page ? `${page} · ${site}` : site;
    });
  }

  use(title: () => string): void {
    this.source.set(title);
  }

  useKey(key: string): void {
    this.source.set(() => this.i18n.t(key));
  }
}

/** Reads route `title`s as text keys. Routes without a title leave it to their page (which calls `PageTitle.use`). */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly pageTitle = inject(PageTitle);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    if (key) this.pageTitle.useKey(key);
  }
}
