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

/** Mounted at /wijkdealcafe. The evening page sets its own title (the evening's date). */
export const cafeRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(communityTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'community.cafe.title', loadComponent: () => import('./cafe/cafe-page').then((m) => m.CafePage) },
      { path: ':id', loadComponent: () => import('./cafe/evening-page').then((m) => m.EveningPage) },
    ],
  },
];

/** Mounted at /werkplaats. */
export const werkplaatsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(communityTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'community.werkplaats.title', loadComponent: () => import('./werkplaats/werkplaats-page').then((m) => m.WerkplaatsPage) }],
  },
];

/** Mounted at /contact. */
export const contactRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(communityTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'community.contacts.title', loadComponent: () => import('./contacts/contacts-page').then((m) => m.ContactsPage) }],
  },
];

/** Mounted at /nieuws. A news item's page sets its own title. */
export const newsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(communityTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'community.news.title', loadComponent: () => import('./news/news-page').then((m) => m.NewsPage) },
      { path: ':slug', loadComponent: () => import('./news/news-item-page').then((m) => m.NewsItemPage) },
    ],
  },
];

/** Mounted at /archief. */
export const archiveRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(communityTexts)],
    children: [{ path: '', pathMatch: 'full', title: 'community.archive.title', loadComponent: () => import('./archive/archive-page').then((m) => m.ArchivePage) }],
  },
];
