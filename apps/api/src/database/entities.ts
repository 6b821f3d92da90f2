import { Account, AccountRole, AccountToken, Session } from '@wijkdeal/accounts-api';
import { Partner } from '@wijkdeal/community-api';
import { Follow, Notification, NotificationSettings } from '@wijkdeal/follows-api';
import { ContentReport, Milestone, ProgressUpdate, ProgressUpdatePhoto, Project, ProjectJoinRequest, ProjectMember, Proposal, ProposalMessage, ProposalSupport } from '@wijkdeal/projects-api';
import { CapturedMailEntity, Photo, RateLimitBucket } from '@wijkdeal/shared-api-core';
import { Theme, ThemeContact } from '@wijkdeal/themes-api';

/** Every entity, listed by hand: the API is bundled, so globs over source files would not find them. */
export const ENTITIES = [
  Account, AccountRole, Session, AccountToken,
  Theme, ThemeContact,
  Project, ProjectMember, ProjectJoinRequest, Milestone, ProgressUpdate, ProgressUpdatePhoto,
  Proposal, ProposalSupport, ProposalMessage, ContentReport,
  Follow, Notification, NotificationSettings,
  Partner, Photo, RateLimitBucket, CapturedMailEntity,
];
