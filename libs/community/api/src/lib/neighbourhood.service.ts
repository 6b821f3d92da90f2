import { Injectable } from '@nestjs/common';
import { DomainException, MailService, RateLimiter } from '@wijkdeal/shared-api-core';
import { ContactPersonView, WerkplaatsView } from '@wijkdeal/shared-contracts';
import { ThemeContact } from '@wijkdeal/themes-api';
import { DataSource } from 'typeorm';
import { Werkplaats } from './cafe.entity';
import { ContactMessageDto, WerkplaatsDto } from './community.dto';
import { Partner } from './partner.entity';

/** The Werkplaats, the partners and the people to contact. */
@Injectable()
export class NeighbourhoodService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async partners(): Promise<{ id: string; slug: string; name: string; kind: Partner['kind'] }[]> {
    const partners = await this.dataSource.getRepository(Partner).find({ order: { position: 'ASC' } });
    return partners.map(({ id, slug, name, kind }) => ({ id, slug, name, kind }));
  }

  async werkplaats(): Promise<WerkplaatsView> {
    const row = await this.dataSource.getRepository(Werkplaats).findOneBy({ id: 1 });
    if (!row) throw new DomainException('NOT_FOUND');
    return { address: row.address, openingHours: { nl: row.openingHoursNl, en: row.openingHoursEn }, team: row.team, updatedAt: row.updatedAt.toISOString() };
  }

  async saveWerkplaats(dto: WerkplaatsDto): Promise<WerkplaatsView> {
    await this.dataSource.getRepository(Werkplaats).save({
      id: 1,
      address: dto.address,
      openingHoursNl: dto.openingHours.nl,
      openingHoursEn: dto.openingHours.en,
      team: dto.team.map((member) => ({ name: member.name, task: { nl: member.task.nl, en: member.task.en } })),
    });
    return this.werkplaats();
  }

  async contacts(): Promise<ContactPersonView[]> {
    const contacts = await this.dataSource.getRepository(ThemeContact).find({ relations: { account: true, theme: true } });
    return contacts
      .map((c) => ({ id: c.id, name: c.account?.displayName ?? '', organisation: c.organisation, theme: { id: c.themeId, slug: c.theme?.slug ?? '', name: { nl: c.theme?.nameNl ?? '', en: c.theme?.nameEn ?? '' } } }))
      .sort((a, b) => (a.theme.slug === b.theme.slug ? a.name.localeCompare(b.name, 'nl') : a.theme.slug.localeCompare(b.theme.slug)));
  }

  /**
   * A resident writes to a contact person. The mail goes to the contact's own address, which the resident never
   * sees; the contact answers the resident directly (their address is in the mail). Nothing is stored.
   */
  async sendMessage(contactId: string, dto: ContactMessageDto): Promise<void> {
    const contact = await this.dataSource.getRepository(ThemeContact).findOne({ where: { id: contactId }, relations: { account: true, theme: true } });
    if (!contact?.account) throw new DomainException('NOT_FOUND');
    await this.rateLimiter.hit('contact-sender', dto.email, 5, 60);
    await this.rateLimiter.hit('contact-recipient', contactId, 30, 60);
    const en = contact.account.locale === 'en';
    await this.mail.send({
      to: contact.account.email,
      subject: en ? `Wijkdeal: a message from ${dto.name} (${contact.theme?.nameEn})` : `Wijkdeal: bericht van ${dto.name} (${contact.theme?.nameNl})`,
      text: en
        ? `Hello ${contact.account.displayName},\n\n${dto.name} sent you a message through the contacts page of Wijkdeal:\n\n${dto.message}\n\nAnswer by writing to ${dto.email}.\n`
        : `Hoi ${contact.account.displayName},\n\n${dto.name} stuurde je een bericht via de contactpagina van Wijkdeal:\n\n${dto.message}\n\nAntwoord door te mailen naar ${dto.email}.\n`,
    });
  }
}
