import { Account, AccountRole, AccountToken, Session, SignInThrottle } from '@wijkdeal/accounts-api';
import { CafeEvening, NewsItem, Partner, Pitch, ProgrammeItem, Werkplaats } from '@wijkdeal/community-api';
import { Follow, Notification, NotificationSettings } from '@wijkdeal/follows-api';
import { ActionItem, AgendaItem, Decision, KoploperApplication, KoploperProfile, Meeting, MeetingAttendance } from '@wijkdeal/meetings-api';
import { ContentReport, Milestone, ProgressUpdate, ProgressUpdatePhoto, Project, ProjectJoinRequest, ProjectMember, Proposal, ProposalMessage, ProposalSupport } from '@wijkdeal/projects-api';
import { CapturedMailEntity, Photo, RateLimitBucket } from '@wijkdeal/shared-api-core';
import { Theme, ThemeContact } from '@wijkdeal/themes-api';
import { Ballot, PaperEntry, PaperSheet, SealedBallot, Stemweek, StemweekAudit, StemweekItem, StemweekParticipation, StemweekWrongCodes, VotingCode } from '@wijkdeal/voting-api';

/** Every entity, listed by hand: the API is bundled, so globs over source files would not find them. */
export const ENTITIES = [
  Account, AccountRole, Session, AccountToken, SignInThrottle,
  Theme, ThemeContact,
  Project, ProjectMember, ProjectJoinRequest, Milestone, ProgressUpdate, ProgressUpdatePhoto,
  Proposal, ProposalSupport, ProposalMessage, ContentReport,
  Follow, Notification, NotificationSettings,
  Stemweek, StemweekItem, StemweekAudit, StemweekParticipation, Ballot, SealedBallot, VotingCode, StemweekWrongCodes, PaperSheet, PaperEntry,
  KoploperProfile, KoploperApplication, Meeting, AgendaItem, MeetingAttendance, Decision, ActionItem,
  CafeEvening, Pitch, ProgrammeItem, NewsItem, Werkplaats,
  Partner, Photo, RateLimitBucket, CapturedMailEntity,
];
