import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideSession } from '@wijkdeal/accounts-feature';
import { TranslatedTitleStrategy } from '@wijkdeal/shared-ui';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // The API's double-submit CSRF check: echo the XSRF-TOKEN cookie on every unsafe request.
    provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // GET /api/auth/me before the first page: the header knows who is signed in, and the XSRF cookie is set.
    provideSession(),
  ],
};
