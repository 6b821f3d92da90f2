import { Route } from '@angular/router';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsTexts } from './projects-texts';

/** Mounted at /projecten. The project detail page comes with a later issue. */
export const projectRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(projectsTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'projects.list.title', loadComponent: () => import('./project-list/projects-page').then((m) => m.ProjectsPage) }],
  },
];
