import { LocalizedText } from './locale';
import { ProjectStatus } from './projects';

export interface KoploperView {
  accountId: string;
  name: string;
  bio: string;
  photoId: string | null;
}

export const APPLICATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface KoploperApplicationView {
  id: string;
  accountId: string;
  name: string;
  motivation: string;
  status: ApplicationStatus;
  reason: string | null;
  createdAt: string;
}

export interface AgendaItemView {
  id: string;
  title: string;
  theme: { id: string; slug: string; name: LocalizedText } | null;
  project: { id: string; slug: string; title: LocalizedText } | null;
}

export type DecisionEffect = 'none' | 'created-project' | 'created-proposal' | 'project-status';

export interface DecisionView {
  id: string;
  meetingId: string;
  meetingStartsAt: string;
  text: string;
  effect: DecisionEffect;
  project: { id: string; slug: string; title: LocalizedText } | null;
  proposal: { id: string; title: string } | null;
  newStatus: ProjectStatus | null;
}

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export interface ActionItemView {
  id: string;
  meetingId: string;
  title: string;
  owner: { accountId: string; name: string } | null;
  dueOn: string | null;
  status: ActionItemStatus;
  overdue: boolean;
  project: { id: string; slug: string; title: LocalizedText } | null;
}

export interface MeetingSummary {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  cancelled: boolean;
  hasPublicMinutes: boolean;
}

export interface MeetingDetail extends MeetingSummary {
  agenda: AgendaItemView[];
  /** Names of those present; only for koplopers and admins. */
  attendance: { accountId: string; name: string }[] | null;
  publicMinutes: string;
  /** Only for koplopers and admins; null for everyone else. */
  privateMinutes: string | null;
  decisions: DecisionView[];
  actionItems: ActionItemView[] | null;
  canEdit: boolean;
}
