import { Route } from '@angular/router';
import { provideTexts } from '@wijkdeal/shared-ui';
import { accountsTexts } from './accounts-texts';
import { requireSignIn } from './session/require-sign-in';

/** Titles are text keys (see TranslatedTitleStrategy). */
export const accountPageRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(accountsTexts)],
    children: [
      { path: '', pathMatch: 'full', title: 'accounts.account.title', canActivate: [requireSignIn], loadComponent: () => import('./account/account-page').then((m) => m.AccountPage) },
      { path: 'adres-controleren', title: 'accounts.addressCheck.title', canActivate: [requireSignIn], loadComponent: () => import('./address-check/address-check-page').then((m) => m.AddressCheckPage) },
      { path: 'registreren', title: 'accounts.signUp.title', loadComponent: () => import('./sign-up/sign-up-page').then((m) => m.SignUpPage) },
      { path: 'inloggen', title: 'accounts.signIn.title', loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage) },
      { path: 'bevestigen', title: 'accounts.verify.title', loadComponent: () => import('./verify-email/verify-email-page').then((m) => m.VerifyEmailPage) },
      { path: 'wachtwoord-vergeten', title: 'accounts.forgot.title', loadComponent: () => import('./password-reset/forgot-password-page').then((m) => m.ForgotPasswordPage) },
      { path: 'nieuw-wachtwoord', title: 'accounts.reset.title', loadComponent: () => import('./password-reset/new-password-page').then((m) => m.NewPasswordPage) },
    ],
  },
];

export const adminPageRoutes: Route[] = [
  {
    path: '',
    providers: [provideTexts(accountsTexts)],
    children: [
      { path: 'accounts', title: 'accounts.roles.title', canActivate: [requireSignIn], loadComponent: () => import('./roles/roles-page').then((m) => m.RolesPage) },
    ],
  },
];
