import { ProjectSummary } from '@wijkdeal/shared-contracts';
import { Project } from './project.entity';

export function toProjectSummary(project: Project): ProjectSummary {
  const theme = project.theme;
  return {
    id: project.id,
    slug: project.slug,
    title: { nl: project.titleNl, en: project.titleEn },
    summary: { nl: project.summaryNl, en: project.summaryEn },
    status: project.status,
    progress: project.progress,
    theme: { id: project.themeId, slug: theme?.slug ?? '', name: { nl: theme?.nameNl ?? '', en: theme?.nameEn ?? '' } },
  };
}
