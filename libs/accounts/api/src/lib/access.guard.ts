import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { CurrentAccountData, DomainException, IS_PUBLIC, isDatabaseUnavailable, REQUIRED_ROLES } from '@wijkdeal/shared-api-core';
import { GlobalRole } from '@wijkdeal/shared-contracts';

/**
 * The one global guard: every endpoint needs a signed-in account unless it is marked @Public(),
 * and @RequireRole(...) narrows it to global roles. Public endpoints still see who is signed in.
 */
@Injectable()
export class AccessGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await super.canActivate(context);
    const targets = [context.getHandler(), context.getClass()];
    const account = context.switchToHttp().getRequest<{ user?: CurrentAccountData }>().user;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!account) throw new DomainException('UNAUTHENTICATED');
    const roles = this.reflector.getAllAndOverride<GlobalRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.some((role) => account.roles.includes(role))) throw new DomainException('FORBIDDEN');
    return true;
  }

  // A missing or expired session just means "visitor"; canActivate decides. A lookup that failed does not: while
  // the database is away the caller gets a 503, not the visitor's view of a page they may edit.
  override handleRequest<T>(error: unknown, account: T): T {
    if (error) throw isDatabaseUnavailable(error) ? new DomainException('DATABASE_UNAVAILABLE') : error;
    return account || (undefined as T);
  }
}
