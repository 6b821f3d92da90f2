import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { FollowView } from '@wijkdeal/shared-contracts';
import { I18n, toFormProblem } from '@wijkdeal/shared-ui';

/**
 * "Volg dit thema": a signed-in resident hears about every project in the theme (PUT/DELETE /api/follows/theme/:id).
 * Whether they follow it already comes from GET /api/follows; the theme itself does not say.
 */
@Component({
  selector: 'wd-theme-follow',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  styles: `
    :host {
      display: block;
      margin-bottom: 1.5rem;
    }
  `,
  template: `
    @if (signedIn()) {
      @if (following() !== null) {
        <button type="button" class="button" [class.button--secondary]="following()" [attr.aria-disabled]="busy() || null" (click)="toggleFollow()">
          {{ t(following() ? 'themes.follow.stop' : 'themes.follow.start') }}
        </button>
      }
    } @else {
      <p><a routerLink="/account/inloggen" [queryParams]="{ terug: returnUrl() }">{{ t('themes.follow.signIn') }}</a></p>
    }
    <p class="action-status" role="status">{{ status() }}</p>
  `,
})
export class ThemeFollow {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;
  protected readonly signedIn = inject(Session).signedIn;

  readonly themeId = input.required<string>();
  readonly themeSlug = input.required<string>();

  /** Null until GET /api/follows answered: no button that might say the wrong thing. */
  protected readonly following = signal<boolean | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly returnUrl = computed(() => `/themas/${this.themeSlug()}`);

  constructor() {
    effect(() => {
      const themeId = this.themeId();
      if (this.signedIn()) untracked(() => this.fetch(themeId));
    });
  }

  protected toggleFollow(): void {
    if (this.busy()) return;
    const follow = !this.following();
    const url = `/api/follows/theme/${this.themeId()}`;
    this.busy.set(true);
    (follow ? this.http.put<void>(url, {}) : this.http.delete<void>(url)).subscribe({
      next: () => {
        this.busy.set(false);
        this.following.set(follow);
        this.status.set(this.t(follow ? 'themes.follow.started' : 'themes.follow.stopped'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.status.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  private fetch(themeId: string): void {
    this.following.set(null);
    this.http.get<FollowView[]>('/api/follows').subscribe({
      next: (follows) => this.following.set(follows.some((follow) => follow.targetType === 'theme' && follow.targetId === themeId)),
      error: () => this.status.set(this.t('common.loadFailed')),
    });
  }
}
