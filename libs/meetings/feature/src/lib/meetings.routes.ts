import { Route } from '@angular/router';
import { requireSignIn } from '@wijkdeal/accounts-feature';
import { provideTexts } from '@wijkdeal/shared-ui';
import { meetingsTexts } from './meetings-texts';

/** Mounted at /koplopers. The meeting page sets its own title (the meeting's name). */
export const koploperRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(meetingsTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'meetings.koplopers.title', loadComponent: () => import('./koplopers/koplopers-page').then((m) => m.KoplopersPage) },
      { path: 'dashboard', title: 'meetings.dashboard.title', canActivate: [requireSignIn], loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage) },
      { path: 'overleg/:id', loadComponent: () => import('./meeting/meeting-page').then((m) => m.MeetingPage) },
    ],
  },
];
