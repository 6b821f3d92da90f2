import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Session } from './session';

/** Sends visitors to the sign-in page, with the page they wanted as `terug` (back). */
export const requireSignIn: CanActivateFn = (_route, state) => {
  if (inject(Session).signedIn()) return true;
  return inject(Router).createUrlTree(['/account/inloggen'], { queryParams: { terug: state.url } });
};

/** Only same-site paths: a `terug` parameter must never send someone to another website. */
export function safeReturnUrl(value: string | undefined | null, fallback = '/account'): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
