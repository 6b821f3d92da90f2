import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '@wijkdeal/shared-api-core';
import { AccountSummary, GLOBAL_ROLES, GlobalRole, Page, SignInThrottleEntry } from '@wijkdeal/shared-contracts';
import { AccountSearchQuery, GrantRoleDto } from './account.dto';
import { RolesService } from './roles.service';
import { ParseInPipe } from './parse-in.pipe';
import { SignInThrottleService } from './sign-in-throttle';

@ApiTags('accounts')
@ApiCookieAuth()
@RequireRole('admin')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly roles: RolesService,
    private readonly throttle: SignInThrottleService,
  ) {}

  @Get() @ApiOperation({ summary: 'Search accounts with their global roles. Admin.' })
  search(@Query() query: AccountSearchQuery): Promise<Page<AccountSummary>> {
    return this.roles.search(query);
  }

  @Get('sign-in-throttle') @ApiOperation({ summary: 'Accounts, browsers and sources whose sign-ins are delayed now after failed attempts. Admin.' })
  signInThrottle(): Promise<SignInThrottleEntry[]> {
    return this.throttle.currentlyDelayed();
  }

  @Post(':id/roles') @ApiOperation({ summary: 'Grant a global role (admin, koploper, teller). Admin.' })
  grant(@Param('id', ParseUUIDPipe) id: string, @Body() dto: GrantRoleDto): Promise<GlobalRole[]> {
    return this.roles.grant(id, dto.role);
  }

  @Delete(':id/roles/:role') @ApiOperation({ summary: 'Revoke a global role; the last admin cannot be revoked. Admin.' })
  revoke(@Param('id', ParseUUIDPipe) id: string, @Param('role', new ParseInPipe(GLOBAL_ROLES)) role: GlobalRole): Promise<GlobalRole[]> {
    return this.roles.revoke(id, role);
  }
}
