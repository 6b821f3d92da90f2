import { CurrentAccountData, DomainException, hasRole } from '@wijkdeal/shared-api-core';

/** Theme contacts review their theme's ideas and manage its projects; admins may do everything (DESIGN.md). */
export function canManageTheme(account: CurrentAccountData | undefined, themeId: string): boolean {
  return !!account && (hasRole(account, 'admin') || account.contactOf.includes(themeId));
}

export function isMemberOf(account: CurrentAccountData | undefined, projectId: string, role?: 'lead'): boolean {
  return !!account?.memberOf.some((membership) => membership.projectId === projectId && (!role || membership.role === role));
}

/** Managing a project (its texts, status, group, milestones): admin, a contact of its theme, or its lead. */
export function canManageProject(account: CurrentAccountData | undefined, project: { id: string; themeId: string }): boolean {
  return canManageTheme(account, project.themeId) || isMemberOf(account, project.id, 'lead');
}

export function requireThat(allowed: boolean): void {
  if (!allowed) throw new DomainException('FORBIDDEN');
}
