import { Route } from '@angular/router';
import { provideTexts } from '@wijkdeal/shared-ui';
import { siteTexts } from './site-texts';

/** Mounted last, at the root: the home page, the information pages and the not-found page (`**`). */
export const siteRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(siteTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'site.home.title', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
      { path: 'toegankelijkheid', title: 'site.a11y.title', loadComponent: () => import('./accessibility/accessibility-page').then((m) => m.AccessibilityPage) },
      { path: 'ontwikkeling/mail', title: 'site.devMail.title', loadComponent: () => import('./dev-mail/dev-mail-page').then((m) => m.DevMailPage) },
      { path: '**', title: 'site.notFound.title', loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
    ],
  },
];
