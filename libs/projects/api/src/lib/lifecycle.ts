import { ProjectStatus } from '@wijkdeal/shared-contracts';

/**
 * Project lifecycle (DESIGN.md): proposed → candidate (on a ballot) → selected → in-progress → done,
 * with paused and stopped at any point after selection. Candidate and selected are set by the stemweek;
 * a project group moves its project along the rest. Admins may correct anything.
 */
const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  proposed: [],
  candidate: [],
  selected: ['in-progress', 'paused', 'stopped', 'done'],
  'in-progress': ['done', 'paused', 'stopped'],
  paused: ['in-progress', 'stopped', 'done'],
  done: ['in-progress'],
  stopped: ['in-progress'],
};

export function canMoveTo(from: ProjectStatus, to: ProjectStatus): boolean {
  return from === to || NEXT[from].includes(to);
}
