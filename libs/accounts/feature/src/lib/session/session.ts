import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, EnvironmentProviders, inject, Injectable, provideAppInitializer, signal } from '@angular/core';
import { AccountMe, GlobalRole, Locale, LoginRequest } from '@wijkdeal/shared-contracts';
import { firstValueFrom, Observable, tap } from 'rxjs';

/** Who is signed in. The session itself is an httpOnly cookie; this only mirrors `GET /api/auth/me`. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly current = signal<AccountMe | null>(null);

  readonly account = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly isAdmin = computed(() => this.hasRole('admin'));

  hasRole(role: GlobalRole): boolean {
    return this.current()?.roles.includes(role) ?? false;
  }

  /** Asks the API who is signed in. A 401 means a visitor, not an error; a failure also leaves us signed out. */
  async load(): Promise<void> {
    try {
      this.current.set(await firstValueFrom(this.http.get<AccountMe>('/api/auth/me')));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse)) throw error;
      this.current.set(null);
    }
  }

  signIn(request: LoginRequest): Observable<AccountMe> {
    return this.http.post<AccountMe>('/api/auth/login', request).pipe(tap((account) => this.current.set(account)));
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {}).pipe(tap(() => this.current.set(null)));
  }

  /** Remembers the language choice on the account too, so e-mail comes in that language. Best effort. */
  saveLocale(locale: Locale): void {
    if (!this.current() || this.current()?.locale === locale) return;
    this.http.patch<AccountMe>('/api/auth/me', { locale }).subscribe({ next: (account) => this.current.set(account), error: () => undefined });
  }

  /** After a change on the server (profile saved, e-mail confirmed). */
  update(account: AccountMe): void {
    this.current.set(account);
  }

  /** After the account was deleted or all sessions ended. */
  clear(): void {
    this.current.set(null);
  }
}

/**
 * Loads the session before the first page renders. This first GET also makes the API set the
 * XSRF-TOKEN cookie, which every later POST/PATCH/DELETE must echo.
 */
export function provideSession(): EnvironmentProviders {
  return provideAppInitializer(() => inject(Session).load());
}
