import { Route } from '@angular/router';

/**
 * Mounted at /account and /beheer. The shell imports this library eagerly (for the session), so the pages
 * and their texts sit one lazy step further, in account-pages.routes.ts.
 */
export const accountRoutes: Route[] = [{ path: '', loadChildren: () => import('./account-pages.routes').then((m) => m.accountPageRoutes) }];

export const adminRoutes: Route[] = [{ path: '', loadChildren: () => import('./account-pages.routes').then((m) => m.adminPageRoutes) }];
