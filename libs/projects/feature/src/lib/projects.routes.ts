import { Route } from '@angular/router';
import { requireSignIn } from '@wijkdeal/accounts-feature';
import { accountPickerTexts } from '@wijkdeal/accounts-feature/account-picker';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsTexts } from './projects-texts';

/** Mounted at /projecten. The project page sets its own title (the project's name). */
export const projectRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(projectsTexts), provideTexts(accountPickerTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'projects.list.title', loadComponent: () => import('./project-list/projects-page').then((m) => m.ProjectsPage) },
      { path: ':slug', loadComponent: () => import('./project-detail/project-page').then((m) => m.ProjectPage) },
    ],
  },
];

/** Mounted at /ideeen: residents' ideas before they are projects. */
export const ideaRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(projectsTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'ideas.list.title', loadComponent: () => import('./ideas/ideas-page').then((m) => m.IdeasPage) },
      { path: 'nieuw', title: 'ideas.new.title', canActivate: [requireSignIn], loadComponent: () => import('./ideas/new-idea-page').then((m) => m.NewIdeaPage) },
      { path: ':id', loadComponent: () => import('./ideas/idea-page').then((m) => m.IdeaPage) },
    ],
  },
];

/** Mounted at /ontwikkelingen: "Ontwikkelingen van projecten". */
export const overviewRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(projectsTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'overview.title', loadComponent: () => import('./overview/updates-overview-page').then((m) => m.UpdatesOverviewPage) }],
  },
];

/** Mounted at /beheer/meldingen: reported ideas and updates, for admins (the page says so to anyone else). */
export const moderationRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(projectsTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'moderation.title', canActivate: [requireSignIn], loadComponent: () => import('./moderation/moderation-page').then((m) => m.ModerationPage) }],
  },
];
