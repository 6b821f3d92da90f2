import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, PageQuery, Public, RequireRole } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import { ArchiveEntry, CafeEveningView, ContactPersonView, NewsItemView, Page, PartnerView, PitchView, WerkplaatsView } from '@wijkdeal/shared-contracts';
import { CafeService } from './cafe.service';
import { ArchiveQuery, ContactMessageDto, MoveEveningDto, NewsDto, PitchDto, ProgrammeDto, ReportTextDto, WerkplaatsDto } from './community.dto';
import { NeighbourhoodService } from './neighbourhood.service';
import { NewsService } from './news.service';

@ApiTags('community')
@ApiCookieAuth()
@Controller()
export class CommunityController {
  constructor(
    private readonly neighbourhood: NeighbourhoodService,
    private readonly cafe: CafeService,
    private readonly news: NewsService,
  ) {}

  @Public() @Get('partners') @ApiOperation({ summary: 'The partners of the Wijkdeal. Visitor.' })
  partners(): Promise<PartnerView[]> {
    return this.neighbourhood.partners();
  }

  @Public() @Get('werkplaats') @ApiOperation({ summary: 'The Wijkdealwerkplaats: address, opening hours, team and tasks. Visitor.' })
  werkplaats(): Promise<WerkplaatsView> {
    return this.neighbourhood.werkplaats();
  }

  @RequireRole('admin') @Put('werkplaats') @ApiOperation({ summary: 'Edit the Werkplaats page. Admin.' })
  saveWerkplaats(@Body() dto: WerkplaatsDto): Promise<WerkplaatsView> {
    return this.neighbourhood.saveWerkplaats(dto);
  }

  @Public() @Get('contacts') @ApiOperation({ summary: 'Contact persons per theme (names only, never addresses). Visitor.' })
  contacts(): Promise<ContactPersonView[]> {
    return this.neighbourhood.contacts();
  }

  @Public() @Post('contacts/:id/messages') @HttpCode(202) @ApiOperation({ summary: 'Send a message to a contact person by e-mail; rate limited. Visitor.' })
  sendMessage(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ContactMessageDto): Promise<void> {
    return this.neighbourhood.sendMessage(id, dto);
  }

  @Public() @Get('cafe/evenings') @ApiOperation({ summary: 'Coming café evenings (24 months) with their programmes. Visitor.' })
  evenings(): Promise<CafeEveningView[]> {
    return this.cafe.upcoming();
  }

  @Public() @Get('cafe/evenings/:id') @ApiOperation({ summary: 'One café evening with its programme and report. Visitor.' })
  evening(@Param('id', ParseUUIDPipe) id: string): Promise<CafeEveningView> {
    return this.cafe.evening(id);
  }

  @RequireRole('admin') @Patch('cafe/evenings/:id') @ApiOperation({ summary: 'Move (Amsterdam local time) or cancel an evening. Admin.' })
  move(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MoveEveningDto): Promise<CafeEveningView> {
    return this.cafe.move(id, dto);
  }

  @Public() @Post('cafe/evenings/:id/pitches') @ApiOperation({ summary: 'Sign up to pitch; a confirmation is e-mailed. Visitor.' })
  signUp(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PitchDto): Promise<PitchView> {
    return this.cafe.signUp(id, dto);
  }

  @RequireRole('admin') @Get('cafe/evenings/:id/pitches') @ApiOperation({ summary: 'Pitches signed up for an evening. Admin.' })
  pitches(@Param('id', ParseUUIDPipe) id: string): Promise<PitchView[]> {
    return this.cafe.pitches(id);
  }

  @RequireRole('admin') @Post('cafe/pitches/:id/accept') @HttpCode(200) @ApiOperation({ summary: 'Accept a pitch: it joins the programme; the pitcher is told. Admin.' })
  accept(@Param('id', ParseUUIDPipe) id: string): Promise<PitchView> {
    return this.cafe.decide(id, true);
  }

  @RequireRole('admin') @Post('cafe/pitches/:id/decline') @HttpCode(200) @ApiOperation({ summary: 'Decline a pitch; the pitcher is told. Admin.' })
  decline(@Param('id', ParseUUIDPipe) id: string): Promise<PitchView> {
    return this.cafe.decide(id, false);
  }

  @RequireRole('admin') @Put('cafe/evenings/:id/programme') @ApiOperation({ summary: 'Set the programme in order: pitches, project updates, other items. Admin.' })
  setProgramme(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ProgrammeDto): Promise<CafeEveningView> {
    return this.cafe.setProgramme(id, dto);
  }

  @RequireRole('admin') @Put('cafe/evenings/:id/report') @ApiOperation({ summary: 'Publish the report (verslag) of an evening. Admin.' })
  publishReport(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReportTextDto): Promise<CafeEveningView> {
    return this.cafe.publishReport(id, dto);
  }

  @Public() @Get('archive') @ApiOperation({ summary: 'Reports and news, newest first; search with q. Visitor.' })
  archive(@Query() query: ArchiveQuery): Promise<Page<ArchiveEntry>> {
    return this.cafe.archive(query);
  }

  @Public() @Get('calendar/cafe.ics') @Header('Content-Type', 'text/calendar; charset=utf-8') @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'iCalendar feed of the café evenings for the coming 24 months. Visitor.' })
  cafeCalendar(): Promise<string> {
    return this.cafe.calendar();
  }

  @Public() @Get('news') @ApiOperation({ summary: 'News flashes, newest first. Visitor.' })
  newsList(@Query() query: PageQuery): Promise<Page<NewsItemView>> {
    return this.news.list(query.page, query.pageSize);
  }

  @Public() @Get('news/:slug') @ApiOperation({ summary: 'One news flash. Visitor.' })
  newsItem(@Param('slug') slug: string): Promise<NewsItemView> {
    return this.news.detail(slug);
  }

  @RequireRole('admin') @Post('news') @ApiOperation({ summary: 'Publish a news flash (Dutch and English). Admin.' })
  publishNews(@Body() dto: NewsDto, @CurrentAccount() author: CurrentAccountData): Promise<NewsItemView> {
    return this.news.publish(dto, author);
  }

  @RequireRole('admin') @Put('news/:slug') @ApiOperation({ summary: 'Edit a news flash. Admin.' })
  editNews(@Param('slug') slug: string, @Body() dto: NewsDto): Promise<NewsItemView> {
    return this.news.edit(slug, dto);
  }

  @RequireRole('admin') @Delete('news/:slug') @HttpCode(204) @ApiOperation({ summary: 'Remove a news flash. Admin.' })
  removeNews(@Param('slug') slug: string): Promise<void> {
    return this.news.remove(slug);
  }

  @Public() @Get('feeds/news.atom') @Header('Content-Type', 'application/atom+xml; charset=utf-8') @ApiProduces('application/atom+xml')
  @ApiOperation({ summary: 'Atom feed of the news. Visitor.' })
  newsFeed(): Promise<string> {
    return this.news.feed();
  }
}
