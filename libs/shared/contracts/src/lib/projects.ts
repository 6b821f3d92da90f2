import { LocalizedText } from './locale';

/** Project lifecycle (DESIGN.md): proposed → candidate → selected → in-progress → done; paused/stopped after selection. */
export const PROJECT_STATUSES = ['proposed', 'candidate', 'selected', 'in-progress', 'done', 'paused', 'stopped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface ProjectSummary {
  id: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  status: ProjectStatus;
  progress: number;
  theme: { id: string; slug: string; name: LocalizedText };
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
