import { Account, AccountRole, AccountToken, Session } from '@wijkdeal/accounts-api';
import { Partner } from '@wijkdeal/community-api';
import { Project, ProjectMember } from '@wijkdeal/projects-api';
import { CapturedMailEntity, RateLimitBucket } from '@wijkdeal/shared-api-core';
import { Theme, ThemeContact } from '@wijkdeal/themes-api';

/** Every entity, listed by hand: the API is bundled, so globs over source files would not find them. */
export const ENTITIES = [Account, AccountRole, Session, AccountToken, Theme, ThemeContact, Project, ProjectMember, Partner, RateLimitBucket, CapturedMailEntity];
