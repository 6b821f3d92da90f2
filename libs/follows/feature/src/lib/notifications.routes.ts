import { Route } from '@angular/router';

/**
 * Mounted at /meldingen. The shell imports this library eagerly (for the unread count in the header), so the pages
 * and their texts sit one lazy step further, in notification-pages.routes.ts.
 */
export const notificationRoutes: Route[] = [{ path: '', loadChildren: () => import('./notification-pages.routes').then((m) => m.notificationPageRoutes) }];
