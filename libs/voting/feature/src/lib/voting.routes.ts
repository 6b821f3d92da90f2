import { Route } from '@angular/router';
import { requireSignIn } from '@wijkdeal/accounts-feature';
import { provideTexts } from '@wijkdeal/shared-ui';
import { RoleGate } from './role-gate';
import { votingTexts } from './voting-texts';

/** Mounted at /stemweek. The stemweek, results and paper pages set their own titles (with the stemweek's name). */
export const stemweekRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(votingTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'stemweek.overview.title', loadComponent: () => import('./overview/stemweeks-page').then((m) => m.StemweeksPage) },
      { path: ':id', pathMatch: 'full', loadComponent: () => import('./stemweek/stemweek-page').then((m) => m.StemweekPage) },
      { path: ':id/uitslag', loadComponent: () => import('./results/results-page').then((m) => m.ResultsPage) },
      {
        path: ':id/papier',
        canActivate: [requireSignIn],
        component: RoleGate,
        data: { roles: ['teller', 'admin'] },
        children: [{ path: '', loadComponent: () => import('./paper/paper-entry-page').then((m) => m.PaperEntryPage) }],
      },
    ],
  },
];

/** Mounted at /stem: the short address on a letter, /stem/CODE. */
export const shortLinkRoutes: Route[] = [
  { path: ':code', title: 'stemweek.short.title', providers: [provideTexts(votingTexts)], loadComponent: () => import('./short-link/short-link-page').then((m) => m.ShortLinkPage) },
];

/** Mounted at /beheer/stemweken: admins only. */
export const stemweekAdminRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(votingTexts)],
    canActivate: [requireSignIn],
    component: RoleGate,
    data: { roles: ['admin'] },
    children: [
      { path: '', pathMatch: 'full', title: 'stemweek.admin.list.title', loadComponent: () => import('./admin/stemweek-list-page').then((m) => m.StemweekListPage) },
      { path: 'nieuw', title: 'stemweek.admin.new.title', loadComponent: () => import('./admin/new-stemweek-page').then((m) => m.NewStemweekPage) },
      { path: 'importeren', title: 'stemweek.admin.import.title', loadComponent: () => import('./admin/import-stemweek-page').then((m) => m.ImportStemweekPage) },
      { path: ':id', pathMatch: 'full', loadComponent: () => import('./admin/stemweek-admin-page').then((m) => m.StemweekAdminPage) },
      // Edit: the new-stemweek form filled in; it sets the title itself (with the stemweek's name).
      { path: ':id/bewerken', loadComponent: () => import('./admin/new-stemweek-page').then((m) => m.NewStemweekPage) },
      { path: ':id/brieven', title: 'stemweek.letters.title', loadComponent: () => import('./admin/voting-letters-page').then((m) => m.VotingLettersPage) },
    ],
  },
];
