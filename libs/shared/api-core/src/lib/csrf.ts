import { createHmac, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DomainException } from './domain-exception';
import { sameSecret } from './same-secret';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
/** The session cookie (set and read by the accounts module); its value is what a signed-in browser's token is bound to. */
export const SESSION_COOKIE = 'wd_session';
/** A random value that a visitor's token is bound to until they sign in; httpOnly, so a page's script cannot read it. */
export const PRESESSION_COOKIE = 'wd_presession';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  secure: boolean;
  /** The key of the HMAC (SESSION_SECRET); a token is worthless without it. */
  key: string;
  exempt?: string[];
}

type CookieRequest = Request & { cookies?: Record<string, string> };

/**
 * Signed double-submit cookie (OWASP's CSRF cheat sheet), in the convention Angular's HttpClient speaks: the API sets
 * a readable XSRF-TOKEN cookie and every unsafe request must echo it in X-XSRF-TOKEN. A page on another site can send
 * the cookie but cannot read it; and because the token is `random.HMAC(key, session, random)`, a cookie planted by a
 * sibling subdomain, or copied from another browser, is refused: it is not bound to this browser's session.
 */
export function csrfProtection(options: CsrfOptions) {
  return (request: CookieRequest, response: Response, next: NextFunction) => {
    const binding = request.cookies?.[SESSION_COOKIE] || request.cookies?.[PRESESSION_COOKIE] || startPresession(request, response, options);
    if (!isValid(request.cookies?.[CSRF_COOKIE] ?? '', binding, options.key)) setCsrfCookie(response, binding, options, request);
    // Exempt paths carry their own proof (e.g. a keyed token in the one-click unsubscribe link of an e-mail).
    if (SAFE_METHODS.has(request.method) || options.exempt?.includes(request.path)) return next();
    const sent = String(request.headers[CSRF_HEADER] ?? '');
    return next(isValid(sent, binding, options.key) ? undefined : new DomainException('CSRF_TOKEN_INVALID'));
  };
}

/** A new token for a new session, set with the answer that starts it (sign-in), so the next request can use it at once. */
export function bindCsrfToSession(response: Response, sessionToken: string, options: Omit<CsrfOptions, 'exempt'>): void {
  response.clearCookie(PRESESSION_COOKIE, { path: '/' });
  setCsrfCookie(response, sessionToken, options);
}

/** After sign-out: a new pre-session, so nothing from the session before carries over. */
export function restartCsrfPresession(request: CookieRequest, response: Response, options: Omit<CsrfOptions, 'exempt'>): void {
  setCsrfCookie(response, startPresession(request, response, options), options);
}

function startPresession(request: CookieRequest, response: Response, options: { secure: boolean }): string {
  const value = randomBytes(24).toString('base64url');
  response.cookie(PRESESSION_COOKIE, value, { sameSite: 'lax', secure: options.secure, httpOnly: true, path: '/' });
  if (request.cookies) request.cookies[PRESESSION_COOKIE] = value;
  return value;
}

function setCsrfCookie(response: Response, binding: string, options: { secure: boolean; key: string }, request?: CookieRequest): void {
  const nonce = randomBytes(16).toString('base64url');
  const token = `${nonce}.${mac(options.key, binding, nonce)}`;
  response.cookie(CSRF_COOKIE, token, { sameSite: 'lax', secure: options.secure, httpOnly: false, path: '/' });
  if (request?.cookies) request.cookies[CSRF_COOKIE] = token;
}

function isValid(token: string, binding: string, key: string): boolean {
  const [nonce, signature, ...rest] = token.split('.');
  if (!nonce || !signature || rest.length) return false;
  return sameSecret(signature, mac(key, binding, nonce));
}

function mac(key: string, binding: string, nonce: string): string {
  // Its own purpose in the HMAC, so a CSRF token is never also a valid rate-limit hash or the reverse.
  return createHmac('sha256', key).update(`csrf:${binding}:${nonce}`).digest('base64url');
}
