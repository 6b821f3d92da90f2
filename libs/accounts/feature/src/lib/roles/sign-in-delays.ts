import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { SignInThrottleEntry } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; entries: SignInThrottleEntry[] };

/** Admins see which accounts and sources have to wait before signing in again after failed attempts. */
@Component({
  selector: 'wd-sign-in-delays',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert],
  templateUrl: './sign-in-delays.html',
})
export class SignInDelays implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly formatTime = this.i18n.formatTime;
  protected readonly load = signal<Load>({ kind: 'loading' });

  ngOnInit(): void {
    this.refresh();
  }

  protected refresh(): void {
    this.load.set({ kind: 'loading' });
    this.http.get<SignInThrottleEntry[]>('/api/accounts/sign-in-throttle').subscribe({
      next: (entries) => this.load.set({ kind: 'loaded', entries }),
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
