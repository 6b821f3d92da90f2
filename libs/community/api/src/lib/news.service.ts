import { Injectable } from '@nestjs/common';
import { AppConfig, CurrentAccountData, DomainException, renderAtom } from '@wijkdeal/shared-api-core';
import { NewsItemView, Page, slugify } from '@wijkdeal/shared-contracts';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { NewsItem } from './cafe.entity';
import { NewsDto } from './community.dto';

@Injectable()
export class NewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async list(page: number, pageSize: number): Promise<Page<NewsItemView>> {
    const [items, total] = await this.dataSource.getRepository(NewsItem).findAndCount({
      where: { publishedAt: LessThanOrEqual(new Date()) },
      order: { publishedAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: items.map(toView), total, page, pageSize };
  }

  async detail(slug: string): Promise<NewsItemView> {
    const item = await this.dataSource.getRepository(NewsItem).findOneBy({ slug });
    if (!item) throw new DomainException('NOT_FOUND');
    return toView(item);
  }

  async publish(dto: NewsDto, author: CurrentAccountData): Promise<NewsItemView> {
    const base = slugify(dto.title.nl) || 'nieuws';
    const taken = new Set((await this.dataSource.query(`SELECT slug FROM news_item WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`])).map((row: { slug: string }) => row.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const item = await this.dataSource.getRepository(NewsItem).save({ slug, titleNl: dto.title.nl, titleEn: dto.title.en, bodyNl: dto.body.nl, bodyEn: dto.body.en, publishedAt: new Date(), authorId: author.id });
    return toView(item);
  }

  async edit(slug: string, dto: NewsDto): Promise<NewsItemView> {
    const item = await this.dataSource.getRepository(NewsItem).findOneBy({ slug });
    if (!item) throw new DomainException('NOT_FOUND');
    await this.dataSource.getRepository(NewsItem).update({ id: item.id }, { titleNl: dto.title.nl, titleEn: dto.title.en, bodyNl: dto.body.nl, bodyEn: dto.body.en });
    return this.detail(slug);
  }

  async remove(slug: string): Promise<void> {
    const result = await this.dataSource.getRepository(NewsItem).delete({ slug });
    if (!result.affected) throw new DomainException('NOT_FOUND');
  }

  async feed(): Promise<string> {
    const { items } = await this.list(1, 50);
    const base = this.config.PUBLIC_URL;
    return renderAtom({
      id: `${base}/api/feeds/news.atom`,
      title: 'Wijkdeal: nieuws',
      link: `${base}/nieuws`,
      selfLink: `${base}/api/feeds/news.atom`,
      updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
      entries: items.map((item) => ({ id: `urn:uuid:${item.id}`, title: item.title.nl, link: `${base}/nieuws/${item.slug}`, updated: new Date(item.publishedAt), published: new Date(item.publishedAt), summary: item.body.nl })),
    });
  }
}

function toView(item: NewsItem): NewsItemView {
  return { id: item.id, slug: item.slug, title: { nl: item.titleNl, en: item.titleEn }, body: { nl: item.bodyNl, en: item.bodyEn }, publishedAt: item.publishedAt.toISOString() };
}
