import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DomainException } from './domain-exception';
import { sameSecret } from './same-secret';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit cookie, the convention Angular's HttpClient speaks: the API sets a readable XSRF-TOKEN cookie,
 * and every unsafe request must echo it in X-XSRF-TOKEN. A page on another site can send the cookie but cannot read it.
 */
export function csrfProtection(options: { secure: boolean; exempt?: string[] }) {
  return (request: Request & { cookies?: Record<string, string> }, response: Response, next: NextFunction) => {
    let token = request.cookies?.[CSRF_COOKIE];
    if (!token) {
      token = randomBytes(24).toString('base64url');
      response.cookie(CSRF_COOKIE, token, { sameSite: 'lax', secure: options.secure, httpOnly: false, path: '/' });
      if (request.cookies) request.cookies[CSRF_COOKIE] = token;
    }
    // Exempt paths carry their own proof (e.g. a keyed token in the one-click unsubscribe link of an e-mail).
    if (SAFE_METHODS.has(request.method) || options.exempt?.includes(request.path)) return next();
    const sent = String(request.headers[CSRF_HEADER] ?? '');
    return next(sameSecret(sent, token) ? undefined : new DomainException('CSRF_TOKEN_INVALID'));
  };
}
