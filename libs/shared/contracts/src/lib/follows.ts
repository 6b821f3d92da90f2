import { LocalizedText } from './locale';

export const FOLLOW_TARGETS = ['project', 'theme'] as const;
export type FollowTarget = (typeof FOLLOW_TARGETS)[number];

/** Default weekly: a resident hears about their neighbourhood without a mail per event (issue 4). */
export const EMAIL_FREQUENCIES = ['instant', 'daily', 'weekly', 'never'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

export interface FollowView {
  targetType: FollowTarget;
  targetId: string;
  createdAt: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText;
  /** Path in the web app, e.g. `/projecten/speeltuin-opknappen`. */
  link: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationView[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NotificationSettingsView {
  emailFrequency: EmailFrequency;
}
