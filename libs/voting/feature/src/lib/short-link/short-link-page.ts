import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Alert, I18n } from '@wijkdeal/shared-ui';

/**
 * /stem/CODE — the short address printed on the letter. The code itself tells which stemweek it belongs to; the
 * voter lands on that stemweek with the code filled in (the address bar then no longer shows the code).
 */
@Component({
  selector: 'wd-short-link-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert, RouterLink],
  template: `
    <h1>{{ t('stemweek.short.title') }}</h1>
    @if (notFound()) {
      <wd-alert kind="warning" [takeFocus]="true"><p>{{ t('stemweek.short.notFound') }}</p></wd-alert>
      <p><a routerLink="/stemweek">{{ t('stemweek.short.toStemweek') }}</a></p>
    } @else {
      <p role="status">{{ t('stemweek.short.looking') }}</p>
    }
  `,
})
export class ShortLinkPage implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  protected readonly t = inject(I18n).t;
  /** From the route (component input binding). */
  readonly code = input('');
  protected readonly notFound = signal(false);

  ngOnInit(): void {
    this.http.post<{ stemweekId: string }>('/api/stemweeks/code-lookup', { code: this.code() }).subscribe({
      next: ({ stemweekId }) => void this.router.navigate(['/stemweek', stemweekId], { queryParams: { code: this.code() }, replaceUrl: true }),
      error: () => this.notFound.set(true),
    });
  }
}
