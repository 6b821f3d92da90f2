import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '@wijkdeal/shared-api-core';
import { AccountSummary, GLOBAL_ROLES, GlobalRole, Page } from '@wijkdeal/shared-contracts';
import { AccountSearchQuery, GrantRoleDto } from './account.dto';
import { RolesService } from './roles.service';
import { ParseInPipe } from './parse-in.pipe';

@ApiTags('accounts')
@ApiCookieAuth()
@RequireRole('admin')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly roles: RolesService) {}

  @Get() @ApiOperation({ summary: 'Search accounts with their global roles. Admin.' })
  search(@Query() query: AccountSearchQuery): Promise<Page<AccountSummary>> {
    return this.roles.search(query);
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
