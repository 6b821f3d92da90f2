import { Route } from '@angular/router';
import { provideTexts } from '@wijkdeal/shared-ui';
import { communityTexts } from './community-texts';

/** Mounted at /partners. */
export const communityRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(communityTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'community.partners.title', loadComponent: () => import('./partners/partners-page').then((m) => m.PartnersPage) }],
  },
];
