import { DEFAULT_LOCALE, isLocale, Locale } from '@wijkdeal/shared-contracts';
import type { Request } from 'express';

export const LOCALE_COOKIE = 'wd_lang';

/** The language a person chose (cookie set by the web app) wins over the browser's Accept-Language. */
export function requestLocale(request: Pick<Request, 'headers'> & { cookies?: Record<string, string> }): Locale {
  const chosen = request.cookies?.[LOCALE_COOKIE];
  if (isLocale(chosen)) return chosen;
  const header = String(request.headers['accept-language'] ?? '');
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
