import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, ViewEncapsulation } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StemweekDetail } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { GeneratedCodesStore, letterUrl } from './voting-codes';

/** The QR code as an <img> source: the CSP allows data: images, not inline script or objects. */
export async function qrImage(url: string): Promise<string> {
  const module = await import('qrcode');
  // A CommonJS package: its functions are on the default export (a bare `toString` would be Object's own).
  const qrcode = (module as unknown as { default?: typeof module }).default ?? module;
  const svg = await qrcode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/**
 * /beheer/stemweken/:id/brieven — one letter per code, one per printed page: the neighbourhood text, the code in
 * large type, a QR code and the same link in words (for whoever cannot scan). Only the codes generated in this
 * browser session are known; the API keeps nothing but hashes.
 */
@Component({
  selector: 'wd-voting-letters-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: printing must also hide the site's header and footer, which live outside this component.
  encapsulation: ViewEncapsulation.None,
  imports: [RouterLink, Alert],
  template: `
    <div class="letters__screen">
      <p class="back-link"><a [routerLink]="['/beheer/stemweken', id()]">{{ t('stemweek.letters.back') }}</a></p>
      <h1>{{ t('stemweek.letters.title') }}</h1>
      @if (codes(); as codes) {
        <p class="lead">{{ plural('stemweek.letters.intro', codes.count) }}</p>
        <p><button type="button" class="button" (click)="printLetters()">{{ t('stemweek.letters.print') }}</button></p>
      } @else {
        <wd-alert kind="info"><p>{{ t('stemweek.letters.none') }}</p></wd-alert>
      }
    </div>
    @if (stemweek(); as stemweek) {
      @for (letter of letters(); track letter.code) {
        <article class="letter" [attr.aria-labelledby]="'letter-' + $index">
          <h2 class="letter__title" [id]="'letter-' + $index">{{ t('stemweek.letters.heading', { title: pick(stemweek.title) }) }}</h2>
          <p>{{ t('stemweek.letters.dear') }}</p>
          <p>{{ t('stemweek.letters.text1') }}</p>
          <p>{{ t('stemweek.letters.when', { opens: formatDateTime(stemweek.opensAt), closes: formatDateTime(stemweek.closesAt) }) }}</p>
          <p class="letter__label">{{ t('stemweek.letters.codeLabel') }}</p>
          <p class="letter__code">{{ letter.code }}</p>
          <div class="letter__scan">
            @if (qr()[letter.code]; as image) {
              <img class="letter__qr" [src]="image" width="160" height="160" [alt]="t('stemweek.letters.qrAlt')" />
            }
            <p>{{ t('stemweek.letters.scan') }} <a class="letter__url" [href]="letter.url">{{ letter.url }}</a></p>
          </div>
          <p>{{ t('stemweek.letters.once') }}</p>
          <p>{{ t('stemweek.letters.secret') }}</p>
          <p>{{ t('stemweek.letters.paper') }}</p>
          <p class="letter__sender">{{ t('stemweek.letters.sender') }}</p>
          <p class="letter__english" lang="en">{{ t('stemweek.letters.english') }}</p>
        </article>
      }
    }
  `,
  styles: `
    wd-voting-letters-page {
      display: block;
    }
    .letter {
      max-width: 42rem;
      margin: 2rem 0;
      padding: 2rem;
      border: 1px solid var(--line);
      border-radius: var(--radius);
    }
    .letter__title {
      margin-top: 0;
    }
    .letter__label {
      margin: 1.5rem 0 0;
      font-weight: 700;
    }
    .letter__code {
      margin: 0 0 1rem;
      font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
      font-size: 2.25rem;
      font-weight: 700;
      letter-spacing: 0.1em;
    }
    .letter__scan {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem 1.5rem;
      margin-bottom: 1rem;
    }
    .letter__scan p {
      flex: 1 1 14rem;
      margin: 0;
    }
    .letter__url {
      overflow-wrap: anywhere;
      font-weight: 600;
    }
    .letter__english {
      color: var(--muted);
      font-size: 0.9375rem;
    }
    @media print {
      .skip-link,
      .site-header,
      .site-footer,
      .notice,
      .letters__screen {
        display: none !important;
      }
      .site-main {
        padding: 0;
      }
      .letter {
        margin: 0;
        padding: 0;
        border: 0;
        break-after: page;
        page-break-after: always;
      }
    }
  `,
})
export class VotingLettersPage {
  private readonly i18n = inject(I18n);
  private readonly store = inject(GeneratedCodesStore);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDateTime = this.i18n.formatDateTime;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly stemweek = signal<StemweekDetail | null>(null);
  protected readonly codes = computed(() => this.store.forStemweek(this.id()));
  protected readonly letters = computed(() => {
    const codes = this.codes();
    return codes ? codes.codes.map((code) => ({ code: code.code, url: letterUrl(location.origin, code.code) })) : [];
  });
  /** QR images by code, filled in as they are made. */
  protected readonly qr = signal<Record<string, string>>({});

  constructor() {
    const http = inject(HttpClient);
    effect(() => {
      http.get<StemweekDetail>(`/api/stemweeks/${encodeURIComponent(this.id())}`).subscribe({ next: (stemweek) => this.stemweek.set(stemweek), error: () => undefined });
    });
    effect(() => {
      const letters = this.letters();
      untracked(() => void this.makeQrCodes(letters));
    });
  }

  protected printLetters(): void {
    window.print();
  }

  /** One at a time, so ten thousand letters do not freeze the page. */
  private async makeQrCodes(letters: readonly { code: string; url: string }[]): Promise<void> {
    for (const letter of letters) {
      if (this.qr()[letter.code]) continue;
      try {
        const image = await qrImage(letter.url);
        this.qr.update((all) => ({ ...all, [letter.code]: image }));
      } catch {
        // Without a QR code the letter still has the link in words.
        return;
      }
    }
  }
}
