import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideSession } from '@wijkdeal/accounts-feature';
import { TranslatedTitleStrategy, watchAvailability } from '@wijkdeal/shared-ui';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // The API's double-submit CSRF check: echo the XSRF-TOKEN cookie on every unsafe request.
    // watchAvailability: a 503 (database away) shows one calm "try again in a moment" message in the shell.
    provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }), withInterceptors([watchAvailability])),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // GET /api/auth/me before the first page: the header knows who is signed in, and the XSRF cookie is set.
    provideSession(),
  ],
};
