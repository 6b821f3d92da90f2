import { Injectable } from '@nestjs/common';
import { Account, isUniqueViolation } from '@wijkdeal/accounts-api';
import { DomainException } from '@wijkdeal/shared-api-core';
import { ThemeContactView, ThemeDetail, ThemeSummary } from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { AddContactDto, UpdateThemeDto } from './theme.dto';
import { Theme, ThemeContact } from './theme.entity';

export function toThemeSummary(theme: Theme): ThemeSummary {
  return {
    id: theme.id,
    slug: theme.slug,
    position: theme.position,
    name: { nl: theme.nameNl, en: theme.nameEn },
    intro: { nl: theme.introNl, en: theme.introEn },
  };
}

@Injectable()
export class ThemesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<ThemeSummary[]> {
    return (await this.dataSource.getRepository(Theme).find({ order: { position: 'ASC' } })).map(toThemeSummary);
  }

  async detail(slug: string): Promise<ThemeDetail> {
    const theme = await this.bySlug(slug);
    const contacts = await this.dataSource.getRepository(ThemeContact).find({ where: { themeId: theme.id }, relations: { account: true } });
    return {
      ...toThemeSummary(theme),
      description: { nl: theme.descriptionNl, en: theme.descriptionEn },
      contacts: contacts.map(toContactView).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  }

  async update(slug: string, dto: UpdateThemeDto): Promise<ThemeDetail> {
    const theme = await this.bySlug(slug);
    const changes: Partial<Theme> = {};
    if (dto.name) Object.assign(changes, { nameNl: dto.name.nl, nameEn: dto.name.en });
    if (dto.intro) Object.assign(changes, { introNl: dto.intro.nl, introEn: dto.intro.en });
    if (dto.description) Object.assign(changes, { descriptionNl: dto.description.nl, descriptionEn: dto.description.en });
    if (Object.keys(changes).length) await this.dataSource.getRepository(Theme).update({ id: theme.id }, changes);
    return this.detail(slug);
  }

  async addContact(slug: string, dto: AddContactDto): Promise<ThemeContactView> {
    const theme = await this.bySlug(slug);
    if (!(await this.dataSource.getRepository(Account).existsBy({ id: dto.accountId }))) throw new DomainException('NOT_FOUND');
    try {
      const { id } = await this.dataSource.getRepository(ThemeContact).save({ themeId: theme.id, accountId: dto.accountId, organisation: dto.organisation ?? '' });
      return toContactView(await this.dataSource.getRepository(ThemeContact).findOneOrFail({ where: { id }, relations: { account: true } }));
    } catch (error) {
      if (isUniqueViolation(error, 'theme_contact_once')) throw new DomainException('ROLE_ALREADY_GRANTED');
      throw error;
    }
  }

  async removeContact(slug: string, contactId: string): Promise<void> {
    const theme = await this.bySlug(slug);
    const result = await this.dataSource.getRepository(ThemeContact).delete({ id: contactId, themeId: theme.id });
    if (!result.affected) throw new DomainException('NOT_FOUND');
  }

  private async bySlug(slug: string): Promise<Theme> {
    const theme = await this.dataSource.getRepository(Theme).findOneBy({ slug });
    if (!theme) throw new DomainException('NOT_FOUND');
    return theme;
  }
}

// Only the name and organisation are public: a contact is reached through the contact form, never by address.
function toContactView(contact: ThemeContact): ThemeContactView {
  return { id: contact.id, accountId: contact.accountId, name: contact.account?.displayName ?? '', organisation: contact.organisation };
}
