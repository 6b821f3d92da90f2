import { Route } from '@angular/router';
import { requireSignIn } from '@wijkdeal/accounts-feature';
import { provideTexts } from '@wijkdeal/shared-ui';
import { followsTexts } from './follows-texts';

export const notificationPageRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(followsTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'follows.notifications.title', canActivate: [requireSignIn], loadComponent: () => import('./notifications/notifications-page').then((m) => m.NotificationsPage) },
      // From the link in every e-mail: works without signing in.
      { path: 'afmelden', title: 'follows.unsubscribe.title', loadComponent: () => import('./unsubscribe/unsubscribe-page').then((m) => m.UnsubscribePage) },
    ],
  },
];
