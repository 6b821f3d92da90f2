import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GlobalRole, Locale, ProjectMemberRole } from '@wijkdeal/shared-contracts';
import type { Request } from 'express';
import { requestLocale } from './request-locale';

export const IS_PUBLIC = 'wijkdeal:public';
export const REQUIRED_ROLES = 'wijkdeal:roles';

/** Anyone may call this endpoint, signed in or not (the global guard still attaches the account when there is one). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only accounts with one of these global roles; scoped rules (contact of theme X) are checked in the service. */
export const RequireRole = (...roles: GlobalRole[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in account with everything a permission check needs, loaded once per request. */
export interface CurrentAccountData {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  emailVerified: boolean;
  roles: GlobalRole[];
  contactOf: string[];
  memberOf: { projectId: string; role: ProjectMemberRole }[];
  sessionId: string;
}

export function hasRole(account: CurrentAccountData | undefined, role: GlobalRole): boolean {
  return !!account?.roles.includes(role);
}

export const CurrentAccount = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<Request & { user?: CurrentAccountData }>().user;
});

export const RequestLocale = createParamDecorator((_data: unknown, context: ExecutionContext): Locale => {
  return requestLocale(context.switchToHttp().getRequest());
});
