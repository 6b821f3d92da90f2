import { Locale } from '@wijkdeal/shared-contracts';

interface Mail {
  subject: string;
  text: string;
}

/** E-mail texts, in the recipient's language. Plain text: it reads well everywhere and carries no tracking. */
export const accountMail = {
  verifyEmail(locale: Locale, name: string, link: string): Mail {
    return locale === 'en'
      ? { subject: 'Confirm your e-mail address for Wijkdeal', text: `Hello ${name},\n\nWelcome to Wijkdeal. Please confirm your e-mail address by opening this link (valid for 48 hours):\n\n${link}\n\nDid you not create an account? Then you can ignore this e-mail.\n\nWijkdeal` }
      : { subject: 'Bevestig je e-mailadres voor Wijkdeal', text: `Hoi ${name},\n\nWelkom bij Wijkdeal. Bevestig je e-mailadres door deze link te openen (48 uur geldig):\n\n${link}\n\nHeb je geen account gemaakt? Dan kun je deze mail negeren.\n\nWijkdeal` };
  },
  resetPassword(locale: Locale, name: string, link: string): Mail {
    return locale === 'en'
      ? { subject: 'A new password for Wijkdeal', text: `Hello ${name},\n\nSomeone asked for a new password for your Wijkdeal account. Choose a new password with this link (valid for 1 hour):\n\n${link}\n\nDid you not ask for this? Then ignore this e-mail; your password stays the same.\n\nWijkdeal` }
      : { subject: 'Nieuw wachtwoord voor Wijkdeal', text: `Hoi ${name},\n\nIemand vroeg een nieuw wachtwoord aan voor je Wijkdeal-account. Kies een nieuw wachtwoord met deze link (1 uur geldig):\n\n${link}\n\nHeb je dit niet gevraagd? Negeer dan deze mail; je wachtwoord blijft hetzelfde.\n\nWijkdeal` };
  },
};
