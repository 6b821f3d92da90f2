import { Route } from '@angular/router';
import { accountPickerTexts } from '@wijkdeal/accounts-feature/account-picker';
import { provideTexts } from '@wijkdeal/shared-ui';
import { themesTexts } from './themes-texts';

/** Mounted at /themas. The detail page sets its own title (the theme's name). */
export const themeRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(themesTexts), provideTexts(accountPickerTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'themes.list.title', loadComponent: () => import('./theme-list/themes-page').then((m) => m.ThemesPage) },
      { path: ':slug', loadComponent: () => import('./theme-detail/theme-page').then((m) => m.ThemePage) },
    ],
  },
];
