import { Route } from '@angular/router';
import { accountRoutes, adminRoutes } from '@wijkdeal/accounts-feature';
import { notificationRoutes } from '@wijkdeal/follows-feature';

/**
 * One lazy route per domain; the site library comes last because it holds the home page and the `**`
 * not-found page. Accounts is the exception that proves the rule: the shell needs its session service
 * up front, so its route list is imported directly, and that list lazy-loads the account pages itself.
 */
export const appRoutes: Route[] = [
  { path: 'themas', loadChildren: () => import('@wijkdeal/themes-feature').then((m) => m.themeRoutes) },
  { path: 'projecten', loadChildren: () => import('@wijkdeal/projects-feature').then((m) => m.projectRoutes) },
  { path: 'ideeen', loadChildren: () => import('@wijkdeal/projects-feature').then((m) => m.ideaRoutes) },
  { path: 'ontwikkelingen', loadChildren: () => import('@wijkdeal/projects-feature').then((m) => m.overviewRoutes) },
  { path: 'partners', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.communityRoutes) },
  { path: 'koplopers', loadChildren: () => import('@wijkdeal/meetings-feature').then((m) => m.koploperRoutes) },
  { path: 'wijkdealcafe', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.cafeRoutes) },
  { path: 'werkplaats', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.werkplaatsRoutes) },
  { path: 'contact', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.contactRoutes) },
  { path: 'nieuws', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.newsRoutes) },
  { path: 'archief', loadChildren: () => import('@wijkdeal/community-feature').then((m) => m.archiveRoutes) },
  { path: 'stemweek', loadChildren: () => import('@wijkdeal/voting-feature').then((m) => m.stemweekRoutes) },
  { path: 'stem', loadChildren: () => import('@wijkdeal/voting-feature').then((m) => m.shortLinkRoutes) },
  { path: 'account', children: accountRoutes },
  { path: 'meldingen', children: notificationRoutes },
  { path: 'beheer/stemweken', loadChildren: () => import('@wijkdeal/voting-feature').then((m) => m.stemweekAdminRoutes) },
  { path: 'beheer/meldingen', loadChildren: () => import('@wijkdeal/projects-feature').then((m) => m.moderationRoutes) },
  { path: 'beheer', children: adminRoutes },
  { path: '', loadChildren: () => import('@wijkdeal/site-feature').then((m) => m.siteRoutes) },
];
