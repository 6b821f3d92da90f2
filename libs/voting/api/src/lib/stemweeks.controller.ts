import { Body, Controller, createParamDecorator, ExecutionContext, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, Public, RequestLocale, RequireRole } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import type {
  CastBallotResponse,
  CreatedStemweek,
  GeneratedCodes,
  Locale,
  PaperBallotEntryResult,
  PaperBallotReport,
  StemweekAuditEntry,
  StemweekDetail,
  StemweekImportResult,
  StemweekResults,
  StemweekSummary,
  TurnoutView,
} from '@wijkdeal/shared-contracts';
import type { Request, Response } from 'express';
import { CastBallotDto, CodesFormatQuery, GenerateCodesDto, LetterCodeDto, PaperBallotDto, PublishDto } from './ballot.dto';
import { BallotService } from './ballot.service';
import { PaperBallotService } from './paper-ballot.service';
import { CloseStemweekDto, CreateStemweekDto, MatchItemDto, UpdateStemweekDto } from './stemweek.dto';
import { ImportStemweekDto, MAX_PB_FILE_BYTES } from './stemweek-import.dto';
import type { UploadedPbFile } from './stemweek-import.dto';
import { StemweekImportService } from './stemweek-import.service';
import { StemweekResultsService } from './stemweek-results.service';
import { StemweekService } from './stemweek.service';
import { VotingCodeService } from './voting-code.service';

/** Who is guessing codes, for throttling only: the rate limiter keeps it as a keyed hash for 15 minutes, never in the clear. */
const ClientKey = createParamDecorator((_data: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<Request>().ip ?? 'unknown');

/** Sends a text download; the body is the method's return value. */
function download(response: Response, type: string, fileName: string): void {
  response.setHeader('Content-Type', `${type}; charset=utf-8`);
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
}

@ApiTags('stemweeks')
@ApiCookieAuth()
@Controller('stemweeks')
export class StemweeksController {
  constructor(
    private readonly stemweeks: StemweekService,
    private readonly ballots: BallotService,
    private readonly codes: VotingCodeService,
    private readonly paper: PaperBallotService,
    private readonly results: StemweekResultsService,
    private readonly importer: StemweekImportService,
  ) {}

  @Public() @Get() @ApiOperation({ summary: 'Every stemweek with its state (upcoming, open, counting, published), newest first. Visitor.' })
  list(): Promise<StemweekSummary[]> {
    return this.stemweeks.list();
  }

  @RequireRole('admin') @Post() @ApiOperation({ summary: 'Create a stemweek: window, ballot, method, selection rule, channels, eligible postcodes. Projects on it become candidate. The answer holds the counting key (ballotBoxKey) this once. Admin.' })
  create(@Body() dto: CreateStemweekDto, @CurrentAccount() actor: CurrentAccountData, @RequestLocale() locale: Locale): Promise<CreatedStemweek> {
    return this.stemweeks.create(dto, actor, locale);
  }

  @RequireRole('admin') @Post('import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PB_FILE_BYTES, files: 1, fields: 10, fieldSize: 1000 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, rule: { type: 'string', enum: ['top-n', 'greedy-budget', 'equal-shares'] }, n: { type: 'integer' }, budget: { type: 'number' } } } })
  @ApiOperation({ summary: 'Import a .pb file (pabulib, at most 20 MB) as a closed, published archive stemweek; items keep the file project_id as externalId. Admin.' })
  import(@UploadedFile() file: UploadedPbFile | undefined, @Body() dto: ImportStemweekDto, @CurrentAccount() actor: CurrentAccountData): Promise<StemweekImportResult> {
    return this.importer.import(file, dto, actor);
  }

  @Public() @Post('code-lookup') @HttpCode(200)
  @ApiOperation({ summary: 'The stemweek a letter code belongs to (for the short link /stem/CODE on the letter). INVALID_CODE 403, TOO_MANY_ATTEMPTS 429. Visitor.' })
  lookupCode(@Body() dto: LetterCodeDto, @CurrentAccount() account: CurrentAccountData | undefined, @ClientKey() client: string): Promise<{ stemweekId: string }> {
    return this.codes.lookup(dto.code, client, account);
  }

  @Public() @Post(':id/code-check') @HttpCode(200)
  @ApiOperation({ summary: 'Check a letter code before filling in the ballot: { ok: true }, or INVALID_CODE 403, ALREADY_VOTED 409, TOO_MANY_ATTEMPTS 429. Does not use the code. Visitor.' })
  checkCode(@Param('id', ParseUUIDPipe) id: string, @Body() dto: LetterCodeDto, @CurrentAccount() account: CurrentAccountData | undefined, @ClientKey() client: string): Promise<{ ok: true }> {
    return this.codes.check(id, dto.code, client, account);
  }

  @Public() @Get(':id') @ApiOperation({ summary: 'A stemweek with its ballot; for a signed-in account also hasVoted and whether it may vote (eligible, with the reason). Visitor.' })
  detail(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() account: CurrentAccountData | undefined, @RequestLocale() locale: Locale): Promise<StemweekDetail> {
    return this.stemweeks.detail(id, account, locale);
  }

  @RequireRole('admin') @Patch(':id') @ApiOperation({ summary: 'Edit a stemweek. Everything while upcoming; once open only title and intro (else STEMWEEK_FROZEN, 409). Admin.' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateStemweekDto, @CurrentAccount() actor: CurrentAccountData, @RequestLocale() locale: Locale): Promise<StemweekDetail> {
    return this.stemweeks.update(id, dto, actor, locale);
  }

  @RequireRole('admin') @Patch(':id/items/:itemId') @ApiOperation({ summary: 'Link an imported ballot item to a project (or unlink with null); the count is untouched. Admin.' })
  matchItem(@Param('id', ParseUUIDPipe) id: string, @Param('itemId', ParseUUIDPipe) itemId: string, @Body() dto: MatchItemDto, @CurrentAccount() actor: CurrentAccountData, @RequestLocale() locale: Locale): Promise<StemweekDetail> {
    return this.stemweeks.matchItem(id, itemId, dto.projectId, actor, locale);
  }

  @RequireRole('admin') @Post(':id/close') @HttpCode(200) @ApiOperation({ summary: 'Close an open stemweek now and open its sealed ballot box with the counting key; for a stemweek that closed at closesAt, only open the box. STEMWEEK_NOT_OPEN otherwise, BALLOT_BOX_KEY_WRONG 403 for a wrong key. Admin.' })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseStemweekDto, @CurrentAccount() actor: CurrentAccountData, @RequestLocale() locale: Locale): Promise<StemweekDetail> {
    return this.stemweeks.close(id, dto.key, actor, locale);
  }

  @RequireRole('admin') @Post(':id/open') @HttpCode(200) @ApiOperation({ summary: 'Open an upcoming stemweek now (opensAt becomes now; in the audit). STEMWEEK_NOT_UPCOMING 409 otherwise. Admin.' })
  openNow(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() actor: CurrentAccountData, @RequestLocale() locale: Locale): Promise<StemweekDetail> {
    return this.stemweeks.openNow(id, actor, locale);
  }

  @RequireRole('admin') @Post(':id/publish') @HttpCode(200)
  @ApiOperation({ summary: 'Count, store and publish the results of a closed stemweek; selected projects become selected. PAPER_SHEETS_OPEN 409 while paper sheets do not count yet, unless leaveOutOpenSheets with a reason. Admin.' })
  publish(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PublishDto, @CurrentAccount() actor: CurrentAccountData): Promise<StemweekResults> {
    return this.results.publish(id, dto, actor);
  }

  @Public() @Post(':id/ballots')
  @ApiOperation({ summary: 'Cast a ballot with a voting code, or as the signed-in account; returns the receipt. Errors: ALREADY_VOTED 409, NOT_ELIGIBLE 403, INVALID_BALLOT 400, STEMWEEK_NOT_OPEN 409, INVALID_CODE 403, TOO_MANY_ATTEMPTS 429. Visitor with a code, or resident.' })
  cast(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CastBallotDto, @CurrentAccount() account: CurrentAccountData | undefined, @ClientKey() client: string): Promise<CastBallotResponse> {
    return this.ballots.cast(id, dto, account, client);
  }

  @Post(':id/address-verification') @HttpCode(204)
  @ApiOperation({ summary: 'Confirm the address of the signed-in account with the code of the letter delivered there (the code stays usable). Errors: INVALID_CODE 403, CODE_NOT_FOR_ADDRESS 422, TOO_MANY_ATTEMPTS 429. Resident.' })
  verifyAddress(@Param('id', ParseUUIDPipe) id: string, @Body() dto: LetterCodeDto, @CurrentAccount() account: CurrentAccountData, @ClientKey() client: string): Promise<void> {
    return this.codes.verifyAddress(id, dto.code, account, client);
  }

  @RequireRole('admin') @Post(':id/codes') @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Generate voting codes, shown this once (only a keyed hash is stored). ?format=csv gives a CSV download with code, url (and address). Admin.' })
  async generateCodes(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: GenerateCodesDto,
    @Query() query: CodesFormatQuery,
    @CurrentAccount() actor: CurrentAccountData,
    @Res({ passthrough: true }) response: Response,
  ): Promise<GeneratedCodes | string> {
    const generated = await this.codes.generate(id, dto, actor);
    if (query.format !== 'csv') return generated;
    download(response, 'text/csv', `stemcodes-${id}.csv`);
    return this.codes.toCsv(generated);
  }

  @RequireRole('teller', 'admin') @Post(':id/paper-ballots')
  @ApiOperation({ summary: 'Enter a paper ballot sheet (double entry: two equal entries of batch+sheet make it count; different entries conflict until one matches). Teller.' })
  enterPaperBallot(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PaperBallotDto, @CurrentAccount() teller: CurrentAccountData): Promise<PaperBallotEntryResult> {
    return this.paper.enter(id, dto, teller);
  }

  @RequireRole('teller', 'admin') @Get(':id/paper-ballots') @ApiOperation({ summary: 'Paper sheets per batch: entered once, matched (counted), in conflict. Teller.' })
  paperReport(@Param('id', ParseUUIDPipe) id: string): Promise<PaperBallotReport> {
    return this.paper.report(id);
  }

  @Public() @Get(':id/results')
  @ApiOperation({ summary: 'Results: turnout, ranking, selection, rule and ties in words. Visitor after publication (RESULTS_NOT_PUBLISHED before); admin preview after closing.' })
  resultsOf(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() account: CurrentAccountData | undefined): Promise<StemweekResults> {
    return this.results.results(id, account);
  }

  @RequireRole('admin') @Get(':id/turnout') @ApiOperation({ summary: 'Ballots so far per channel, also while open (no scores). Admin.' })
  turnout(@Param('id', ParseUUIDPipe) id: string): Promise<TurnoutView> {
    return this.results.turnout(id);
  }

  @RequireRole('admin') @Get(':id/audit') @ApiOperation({ summary: 'Audit log of every admin (and teller) action on this stemweek, oldest first. Admin.' })
  audit(@Param('id', ParseUUIDPipe) id: string): Promise<StemweekAuditEntry[]> {
    return this.stemweeks.auditLog(id);
  }

  @Public() @Get(':id/ballots.csv') @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every ballot with its receipt (receipt, vote[, points]) in receipt order, to recount. Visitor after publication.' })
  async ballotsCsv(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() account: CurrentAccountData | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const csv = await this.results.ballotsCsv(id, account);
    download(response, 'text/csv', `stembiljetten-${id}.csv`);
    return csv;
  }

  @Public() @Get(':id/ballots.pb') @ApiProduces('text/plain')
  @ApiOperation({ summary: 'The same ballots as a .pb file (pabulib), voter_id = receipt. Visitor after publication.' })
  async ballotsPb(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() account: CurrentAccountData | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const pb = await this.results.ballotsPb(id, account);
    download(response, 'text/plain', `stemweek-${id}.pb`);
    return pb;
  }
}
