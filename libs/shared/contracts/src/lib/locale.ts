/** Dutch first, English second (DESIGN.md). */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** A text an editor writes in both languages; `en` falls back to `nl` when empty. */
export interface LocalizedText {
  nl: string;
  en: string;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function pickText(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' && text.en) || text.nl;
}
