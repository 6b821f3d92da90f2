import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig, DomainException, MailService, Public } from '@wijkdeal/shared-api-core';
import { CapturedMail } from '@wijkdeal/shared-contracts';

/** Captured e-mail, for demo and development only; in production this endpoint does not exist (404). */
@ApiTags('development')
@Controller('dev/mails')
export class DevMailController {
  constructor(
    private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  @Public() @Get() @ApiOperation({ summary: 'Mail captured instead of sent (only with MAIL_CAPTURE). Visitor.' })
  async list(): Promise<CapturedMail[]> {
    if (!this.config.captureMail) throw new DomainException('NOT_FOUND');
    return (await this.mail.listCaptured()).map((mail) => ({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, createdAt: mail.createdAt.toISOString() }));
  }
}
