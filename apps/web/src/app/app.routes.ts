import { Route } from '@angular/router';
import { accountRoutes, adminRoutes } from '@wijkdeal/accounts-feature';

/**
 * One lazy route per domain; the site library comes last because it holds the home page and the `**`
 * not-found page. Accounts is the exception that proves the rule: the shell needs its session service
 * up front, so its route list is imported directly, and that list lazy-loads the account pages itself.
 */
export const appRoutes: Route[] = [
  { path: 'themas', loadChildren: () => import('@wijkdeal/themes-feature').then((m) => m.themeRoutes) },
  { path: 'projecten', loadChildren: () => import('@wijkdeal/projects-feature').then((m) => m.projectRoutes) },
  { path: 'partners', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.communityRoutes) },
  { path: 'account', children: accountRoutes },
  { path: 'beheer', children: adminRoutes },
  { path: '', loadChildren: () => import('@wijkdeal/site-feature').then((m) => m.siteRoutes) },
];
