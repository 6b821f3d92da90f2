import { Locale } from '@wijkdeal/shared-contracts';

/** A flat map from key to text; `{name}` marks a place for a parameter. */
export type Dictionary = Readonly<Record<string, string>>;

/** The English dictionary has exactly the keys of the Dutch one: a missing or extra key is a compile error. */
export type Translation<T extends Dictionary> = { readonly [K in keyof T]: string };

export type Translations = Readonly<Record<Locale, Dictionary>>;

export type TextParams = Readonly<Record<string, string | number>>;

/** Pairs a Dutch dictionary with its English translation (checked by the type above). */
export function defineTranslations<T extends Dictionary>(nl: T, en: Translation<T>): Translations {
  return { nl, en };
}

export function fillIn(template: string, params?: TextParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
