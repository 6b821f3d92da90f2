import { ErrorCode, Locale } from '@wijkdeal/shared-contracts';

type Texts = Record<Locale, string>;

/** Plain language (B1), "je" in Dutch. `{name}` placeholders are filled from DomainException.params. */
export const ERROR_MESSAGES: Record<ErrorCode, Texts> = {
  VALIDATION_FAILED: { nl: 'Niet alles is goed ingevuld. Kijk de velden na.', en: 'Some fields are not filled in correctly. Please check them.' },
  UNAUTHENTICATED: { nl: 'Log eerst in.', en: 'Please sign in first.' },
  FORBIDDEN: { nl: 'Dit mag je niet doen met jouw account.', en: 'Your account is not allowed to do this.' },
  NOT_FOUND: { nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  CONFLICT: { nl: 'Dit botst met iets dat al bestaat.', en: 'This conflicts with something that already exists.' },
  CSRF_TOKEN_INVALID: { nl: 'Je sessie is verlopen. Laad de pagina opnieuw en probeer het nog eens.', en: 'Your session expired. Reload the page and try again.' },
  TOO_MANY_ATTEMPTS: { nl: 'Te veel pogingen. Probeer het over {minutes} minuten opnieuw.', en: 'Too many attempts. Try again in {minutes} minutes.' },
  PAYLOAD_TOO_LARGE: { nl: 'Wat je stuurt is te groot.', en: 'What you sent is too large.' },
  INVALID_CREDENTIALS: { nl: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.', en: 'This e-mail address and password do not match.' },
  EMAIL_TAKEN: { nl: 'Er is al een account met dit e-mailadres. Log in of vraag een nieuw wachtwoord aan.', en: 'There is already an account with this e-mail address. Sign in or reset your password.' },
  EMAIL_NOT_VERIFIED: { nl: 'Bevestig eerst je e-mailadres met de link in je mail.', en: 'Confirm your e-mail address first, with the link in your mail.' },
  TOKEN_INVALID: { nl: 'Deze link werkt niet meer. Vraag een nieuwe aan.', en: 'This link no longer works. Please request a new one.' },
  ROLE_ALREADY_GRANTED: { nl: 'Dit account heeft deze rol al.', en: 'This account already has this role.' },
  LAST_ADMIN: { nl: 'Dit is de laatste beheerder. Maak eerst iemand anders beheerder.', en: 'This is the last admin. Make someone else an admin first.' },
  INTERNAL: { nl: 'Er ging iets mis bij ons. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
};

/** Messages for class-validator constraint names, so field errors are translated too. */
export const FIELD_MESSAGES: Record<string, Texts> = {
  isEmail: { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid e-mail address.' },
  isNotEmpty: { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  isDefined: { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  minLength: { nl: 'Dit is te kort: minstens {min} tekens.', en: 'This is too short: at least {min} characters.' },
  maxLength: { nl: 'Dit is te lang: hoogstens {max} tekens.', en: 'This is too long: at most {max} characters.' },
  isString: { nl: 'Vul hier tekst in.', en: 'Enter text here.' },
  isInt: { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  min: { nl: 'Dit moet minstens {min} zijn.', en: 'This must be at least {min}.' },
  max: { nl: 'Dit mag hoogstens {max} zijn.', en: 'This must be at most {max}.' },
  isIn: { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  isEnum: { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  isUuid: { nl: 'Dit is geen geldige verwijzing.', en: 'This is not a valid reference.' },
  isBoolean: { nl: 'Kies ja of nee.', en: 'Choose yes or no.' },
  isPostcode: { nl: 'Vul een Nederlandse postcode in, zoals 9721 PE.', en: 'Enter a Dutch postcode, such as 9721 PE.' },
  isHouseNumber: { nl: 'Vul een huisnummer in, zoals 12 of 12a.', en: 'Enter a house number, such as 12 or 12a.' },
  postcodeNeedsHouseNumber: { nl: 'Vul postcode en huisnummer allebei in, of geen van beide.', en: 'Fill in both postcode and house number, or neither.' },
  whitelistValidation: { nl: 'Dit veld kennen we niet.', en: 'This field is not known.' },
  unknownField: { nl: 'Dit veld kennen we niet.', en: 'This field is not known.' },
  invalidJson: { nl: 'Dit is geen geldige JSON.', en: 'This is not valid JSON.' },
  nestedValidation: { nl: 'Kijk de onderdelen van dit veld na.', en: 'Check the parts of this field.' },
  invalid: { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' },
};

export function fillIn(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in params ? String(params[key]) : all));
}
