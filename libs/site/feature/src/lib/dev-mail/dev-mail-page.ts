import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CapturedMail } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { MailTextPart, splitMailText } from './mail-text';

type Load = { kind: 'loading' } | { kind: 'off' } | { kind: 'failed' } | { kind: 'loaded'; mails: (CapturedMail & { parts: MailTextPart[] })[] };

/** Demo/development only: the e-mail the API captured instead of sending (GET /api/dev/mails; 404 when capture is off). */
@Component({
  selector: 'wd-dev-mail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert],
  templateUrl: './dev-mail-page.html',
})
export class DevMailPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDateTime = this.i18n.formatDateTime;
  protected readonly load = signal<Load>({ kind: 'loading' });

  constructor() {
    this.fetchMails();
  }

  protected fetchMails(): void {
    this.load.set({ kind: 'loading' });
    this.http.get<CapturedMail[]>('/api/dev/mails').subscribe({
      next: (mails) => this.load.set({ kind: 'loaded', mails: mails.map((mail) => ({ ...mail, parts: splitMailText(mail.text) })) }),
      error: (error: unknown) => this.load.set({ kind: error instanceof HttpErrorResponse && error.status === 404 ? 'off' : 'failed' }),
    });
  }
}
