import { DOCUMENT, EnvironmentProviders, Injectable, inject, provideEnvironmentInitializer, signal } from '@angular/core';
import { DEFAULT_LOCALE, isLocale, Locale, LocalizedText, pickText } from '@wijkdeal/shared-contracts';
import { commonEn, commonNl } from './common-texts';
import { Dictionary, fillIn, TextParams, Translations } from './dictionary';

/** The API reads the same cookie, so its error messages come in the language the person chose. */
export const LANG_COOKIE = 'wd_lang';
export const LANG_STORAGE_KEY = 'wd_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const INTL_LOCALES: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Runtime translations. `t()` reads the `lang` signal (and the dictionaries signal), so any template that
 * calls it re-renders when the language changes, also under OnPush and without zone.js.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = signal<Record<Locale, Dictionary>>({ nl: commonNl, en: commonEn });
  private readonly current = signal<Locale>(this.initialLang());

  readonly lang = this.current.asReadonly();

  constructor() {
    this.apply(this.current());
  }

  /** Text for `key` in the current language, with `{name}` places filled from `params`. */
  readonly t = (key: string, params?: TextParams): string => {
    const lang = this.current();
    const dictionaries = this.dictionaries();
    const text = dictionaries[lang][key] ?? dictionaries[DEFAULT_LOCALE][key];
    return text === undefined ? key : fillIn(text, params);
  };

  /** `key.one` when count is 1, otherwise `key.other`; `{count}` is filled in. */
  readonly plural = (key: string, count: number, params?: TextParams): string =>
    this.t(`${key}.${count === 1 ? 'one' : 'other'}`, { count, ...params });

  /** The current language's side of a text an editor wrote in both languages. */
  readonly pick = (text: LocalizedText): string => pickText(text, this.current());

  /** A day: a calendar date (`2027-03-01`) as it is, an instant as the day it was in Amsterdam. "1 maart 2027". */
  readonly formatDate = (value: string): string => {
    const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = new Date(isDay ? `${value}T00:00:00Z` : value);
    return new Intl.DateTimeFormat(INTL_LOCALES[this.current()], { dateStyle: 'long', timeZone: isDay ? 'UTC' : 'Europe/Amsterdam' }).format(date);
  };

  /** An amount in euros: "€ 2.500" in Dutch, "€2,500" in English; cents only when there are any. */
  readonly formatEuros = (amount: number): string =>
    new Intl.NumberFormat(INTL_LOCALES[this.current()], { style: 'currency', currency: 'EUR', minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount);

  /** A number in the page's language, with at most `fractionDigits` decimals: "14,3" in Dutch, "14.3" in English. */
  readonly formatNumber = (value: number, fractionDigits = 0): string => new Intl.NumberFormat(INTL_LOCALES[this.current()], { maximumFractionDigits: fractionDigits }).format(value);

  /** Date and time in the neighbourhood's time zone, whatever the device's zone. */
  readonly formatDateTime = (iso: string): string =>
    new Intl.DateTimeFormat(INTL_LOCALES[this.current()], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

  /** The day of an instant in words, in Amsterdam: "woensdag 27 januari 2027". */
  readonly formatDay = (iso: string): string =>
    new Intl.DateTimeFormat(INTL_LOCALES[this.current()], { dateStyle: 'full', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

  /** The clock time of an instant in Amsterdam: "19:30". */
  readonly formatTime = (iso: string): string =>
    new Intl.DateTimeFormat(INTL_LOCALES[this.current()], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

  setLang(lang: Locale): void {
    this.current.set(lang);
    this.apply(lang);
    try {
      this.storage()?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Private browsing can refuse storage; the cookie still remembers the choice.
    }
  }

  /** Adds a domain's texts; lazy routes call this through `provideTexts`. */
  register(translations: Translations): void {
    this.dictionaries.update((all) => ({ nl: { ...all.nl, ...translations.nl }, en: { ...all.en, ...translations.en } }));
  }

  private initialLang(): Locale {
    const stored = this.storage()?.getItem(LANG_STORAGE_KEY);
    if (isLocale(stored)) return stored;
    const cookie = this.document.cookie.split(';').map((part) => part.trim().split('='));
    const fromCookie = cookie.find(([name]) => name === LANG_COOKIE)?.[1];
    return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  }

  private apply(lang: Locale): void {
    this.document.documentElement.lang = lang;
    // Also at start-up, so the API answers in the language the page shows.
    this.document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  }

  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.localStorage;
    } catch {
      return undefined;
    }
  }
}

/** Registers a domain library's dictionaries when its (lazy) route is first used. */
export function provideTexts(translations: Translations): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18n).register(translations));
}
