import { LocalizedText } from './locale';

export interface CafeEveningView {
  id: string;
  /** `2027-01` — one café per month, on its last Wednesday unless moved. */
  month: string;
  startsAt: string;
  endsAt: string;
  place: string;
  cancelled: boolean;
  /** Moved away from the last Wednesday or from the usual time. */
  moved: boolean;
  note: string;
  programme: ProgrammeItemView[];
  report: LocalizedText | null;
  reportPublishedAt: string | null;
}

export interface ProgrammeItemView {
  id: string;
  kind: 'pitch' | 'project-update' | 'other';
  title: string;
  minutes: number;
  /** For a pitch: who presents (name only), and the pitch itself. */
  presenter: string | null;
  pitchId: string | null;
  project: { id: string; slug: string; title: LocalizedText } | null;
}

export const PITCH_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type PitchStatus = (typeof PITCH_STATUSES)[number];

export interface PitchView {
  id: string;
  eveningId: string;
  name: string;
  email: string;
  topic: string;
  minutes: number;
  status: PitchStatus;
  createdAt: string;
}

export interface NewsItemView {
  id: string;
  slug: string;
  title: LocalizedText;
  body: LocalizedText;
  publishedAt: string;
}

export interface WerkplaatsView {
  address: string;
  openingHours: LocalizedText;
  team: { name: string; task: LocalizedText }[];
  updatedAt: string;
}

export interface ContactPersonView {
  id: string;
  name: string;
  organisation: string;
  theme: { id: string; slug: string; name: LocalizedText };
}

export interface ArchiveEntry {
  kind: 'report' | 'news';
  id: string;
  title: LocalizedText;
  excerpt: LocalizedText;
  date: string;
  link: string;
}
