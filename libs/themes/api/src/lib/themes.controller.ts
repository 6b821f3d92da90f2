import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RequireRole } from '@wijkdeal/shared-api-core';
import { ThemeContactView, ThemeDetail, ThemeSummary } from '@wijkdeal/shared-contracts';
import { AddContactDto, UpdateThemeDto } from './theme.dto';
import { ThemesService } from './themes.service';

@ApiTags('themes')
@ApiCookieAuth()
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Public() @Get() @ApiOperation({ summary: 'The five themes, in order. Visitor.' })
  list(): Promise<ThemeSummary[]> {
    return this.themes.list();
  }

  @Public() @Get(':slug') @ApiOperation({ summary: 'One theme with its texts and contact persons. Visitor.' })
  detail(@Param('slug') slug: string): Promise<ThemeDetail> {
    return this.themes.detail(slug);
  }

  @RequireRole('admin') @Patch(':slug') @ApiOperation({ summary: 'Edit the texts of a theme. Admin.' })
  update(@Param('slug') slug: string, @Body() dto: UpdateThemeDto): Promise<ThemeDetail> {
    return this.themes.update(slug, dto);
  }

  @RequireRole('admin') @Post(':slug/contacts') @ApiOperation({ summary: 'Make an account a contact person of this theme. Admin.' })
  addContact(@Param('slug') slug: string, @Body() dto: AddContactDto): Promise<ThemeContactView> {
    return this.themes.addContact(slug, dto);
  }

  @RequireRole('admin') @Delete(':slug/contacts/:contactId') @HttpCode(204) @ApiOperation({ summary: 'End a contact person role. Admin.' })
  removeContact(@Param('slug') slug: string, @Param('contactId', ParseUUIDPipe) contactId: string): Promise<void> {
    return this.themes.removeContact(slug, contactId);
  }
}
