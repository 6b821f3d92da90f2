import { LocalizedText } from './locale';
import { ProjectMemberRole } from './accounts';
import { ProjectStatus, ProjectSummary } from './projects';

/** An idea before it is a project: submitted → (question ↔ submitted) → accepted | declined | merged. */
export const PROPOSAL_STATUSES = ['submitted', 'question', 'accepted', 'declined', 'merged'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface ProposalSummary {
  id: string;
  title: string;
  summary: string;
  status: ProposalStatus;
  theme: { id: string; slug: string; name: LocalizedText };
  supportCount: number;
  authorName: string;
  createdAt: string;
  hidden: { reason: string } | null;
}

export interface ProposalMessageView {
  id: string;
  authorName: string;
  /** 'question' from a contact, 'answer' from the proposer, or a decision. */
  kind: 'question' | 'answer' | 'declined' | 'merged' | 'accepted';
  body: string;
  createdAt: string;
}

export interface ProposalDetail extends ProposalSummary {
  description: string;
  place: string | null;
  estimatedCost: number | null;
  photoId: string | null;
  mergedInto: { id: string; title: string } | null;
  project: { id: string; slug: string } | null;
  messages: ProposalMessageView[];
  supportedByMe: boolean;
  /** What the signed-in account may do here. */
  canReview: boolean;
  canAnswer: boolean;
}

export interface MilestoneView {
  id: string;
  title: string;
  plannedOn: string | null;
  doneAt: string | null;
}

export interface ProgressUpdateView {
  id: string;
  projectId: string;
  body: string;
  progress: number | null;
  status: ProjectStatus | null;
  milestone: { id: string; title: string } | null;
  photoIds: string[];
  authorName: string;
  createdAt: string;
  edited: { at: string; byAdmin: boolean } | null;
  hidden: { reason: string } | null;
  /** The author may rewrite it; an admin may correct it. */
  canEdit: boolean;
}

export interface ProjectMemberView {
  accountId: string;
  name: string;
  role: ProjectMemberRole;
}

export interface ProjectDetail extends ProjectSummary {
  description: LocalizedText;
  place: string | null;
  costEstimate: number | null;
  members: ProjectMemberView[];
  milestones: MilestoneView[];
  updates: ProgressUpdateView[];
  proposal: { id: string; title: string } | null;
  followerCount: number;
  followedByMe: boolean;
  canPostUpdates: boolean;
  canManage: boolean;
  joinRequested: boolean;
}

export interface UpdatesOverview {
  updates: (ProgressUpdateView & { project: { id: string; slug: string; title: LocalizedText } })[];
  selected: ProjectSummary[];
}

export const REPORT_TARGETS = ['proposal', 'update'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

/** An open report for the admins, with what it is about. */
export interface ContentReportView {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  reason: string;
  createdAt: string;
  /** Path of the idea or of the project whose timeline holds the update. */
  link: string;
  /** The idea's title or the start of the update, as text. */
  excerpt: string;
}
