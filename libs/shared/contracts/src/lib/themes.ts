import { LocalizedText } from './locale';
export interface ThemeSummary {
  id: string;
  slug: string;
  position: number;
  name: LocalizedText;
  intro: LocalizedText;
}

export interface ThemeContactView {
  id: string;
  accountId: string;
  name: string;
  /** Who they are: a resident, municipality staff, the WIJ-team… (free text, both languages). */
  organisation: string;
}

export interface ThemeDetail extends ThemeSummary {
  description: LocalizedText;
  contacts: ThemeContactView[];
}

export interface UpdateThemeRequest {
  name?: LocalizedText;
  intro?: LocalizedText;
  description?: LocalizedText;
}
