import { Injectable } from '@nestjs/common';
import { AppConfig, DomainException, renderAtom } from '@wijkdeal/shared-api-core';
import { Theme } from '@wijkdeal/themes-api';
import { DataSource, IsNull } from 'typeorm';
import { ProgressUpdate } from './progress.entity';
import { Project } from './project.entity';

const FEED_SIZE = 50;

/** Atom feeds of progress updates, in Dutch (the neighbourhood's language); hidden updates are left out. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async allUpdates(): Promise<string> {
    return this.render('updates', 'Wijkdeal: ontwikkelingen van projecten', '/ontwikkelingen', {});
  }

  async project(id: string): Promise<string> {
    const project = await this.dataSource.getRepository(Project).findOneBy({ id });
    if (!project) throw new DomainException('NOT_FOUND');
    return this.render(`projects/${id}`, `Wijkdeal: ${project.titleNl}`, `/projecten/${project.slug}`, { projectId: id });
  }

  async theme(slug: string): Promise<string> {
    const theme = await this.dataSource.getRepository(Theme).findOneBy({ slug });
    if (!theme) throw new DomainException('NOT_FOUND');
    return this.render(`themes/${slug}`, `Wijkdeal: ${theme.nameNl}`, `/themas/${slug}`, { themeId: theme.id });
  }

  private async render(path: string, title: string, page: string, filter: { projectId?: string; themeId?: string }): Promise<string> {
    const updates = await this.dataSource.getRepository(ProgressUpdate).find({
      where: { hiddenReason: IsNull(), ...(filter.projectId ? { projectId: filter.projectId } : {}), ...(filter.themeId ? { project: { themeId: filter.themeId } } : {}) },
      relations: { project: true, author: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: FEED_SIZE,
    });
    const base = this.config.PUBLIC_URL;
    return renderAtom({
      id: `${base}/api/feeds/${path}.atom`,
      title,
      link: `${base}${page}`,
      selfLink: `${base}/api/feeds/${path}.atom`,
      updated: updates[0]?.editedAt ?? updates[0]?.createdAt ?? new Date(0),
      entries: updates.map((update) => ({
        id: `urn:uuid:${update.id}`,
        title: update.project?.titleNl ?? '',
        link: `${base}/projecten/${update.project?.slug ?? ''}`,
        updated: update.editedAt ?? update.createdAt,
        published: update.createdAt,
        author: update.author?.displayName,
        summary: update.body,
      })),
    });
  }
}
