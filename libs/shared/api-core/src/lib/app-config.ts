import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const DESCRIPTIONS = new Map<string, string>();
const SENSITIVE = new Set<string>();
/** One line that tells an operator what the variable does; listed in .env.example and checked by a test. */
function Describe(text: string): PropertyDecorator {
  return (_target, key) => void DESCRIPTIONS.set(String(key), text);
}
/**
 * A key or secret: in production it must be set, random and at least 32 characters; its value never appears in an
 * error or a log line, and .env.example marks it.
 */
function Sensitive(): PropertyDecorator {
  return (_target, key) => void SENSITIVE.add(String(key));
}
const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase()));
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export const DEFAULT_SESSION_SECRET = 'change-me-wijkdeal-dev-secret';
const DEFAULT_VOTING_KEY = 'change-me-wijkdeal-dev-voting-key';
const DEFAULT_LINK_KEY = 'change-me-wijkdeal-dev-link-key';
const DEFAULT_DEVICE_KEY = 'change-me-wijkdeal-dev-device-key';
const DEFAULTS: Record<string, string> = { SESSION_SECRET: DEFAULT_SESSION_SECRET, VOTING_KEY: DEFAULT_VOTING_KEY, LINK_KEY: DEFAULT_LINK_KEY, DEVICE_KEY: DEFAULT_DEVICE_KEY };

/** Every environment variable the API reads, validated once at boot (Twenty's config-variables idea). */
export class AppConfig {
  @Describe('production or development; production refuses default secrets and sets secure cookies.')
  @IsIn(['production', 'development', 'test'])
  NODE_ENV: 'production' | 'development' | 'test' = 'development';

  @Describe('HTTP port of the one process that serves the API and the web app.')
  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @Describe('PostgreSQL connection string. Empty: start the embedded PostgreSQL under EMBEDDED_PG_DIR.')
  @IsOptional() @IsString()
  DATABASE_URL?: string;

  @Describe('Data folder of the embedded PostgreSQL (git-ignored); its data survives restarts.')
  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Describe('Port of the embedded PostgreSQL.')
  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Describe('Connections per API instance in the PostgreSQL pool.')
  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  @Describe('Demo data (sample projects, one account per role) and captured e-mail. Default: on with the embedded database, off otherwise.')
  @IsOptional() @Transform(toBool) @IsBoolean()
  DEMO_MODE?: boolean;

  @Describe('Key of the hashed rate-limit keys (IP and e-mail addresses) and of the CSRF tokens. Rotating it resets the counters and makes open pages reload once; sign-ins stay valid.')
  @Sensitive() @IsString() @MinLength(16)
  SESSION_SECRET = DEFAULT_SESSION_SECRET;

  @Describe('Key of the voting codes and address hashes of new stemweeks. Rotating it changes new stemweeks only: move the old one to VOTING_KEYS_RETIRED.')
  @Sensitive() @IsString() @MinLength(16)
  VOTING_KEY = DEFAULT_VOTING_KEY;

  @Describe('Name of VOTING_KEY (letters, digits, - and _), recorded on every stemweek that uses it; give a new key a new name.')
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  VOTING_KEY_ID = 'k1';

  @Describe('Earlier voting keys that unpublished stemweeks still use, as name:key pairs separated by commas; the app does not start without them.')
  @Sensitive() @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,32}:[^,]{16,}(,[A-Za-z0-9_-]{1,32}:[^,]{16,})*$/)
  VOTING_KEYS_RETIRED?: string;

  @Describe('Key of the links in e-mail that work without signing in (unsubscribe). Rotating it makes older links stop working, nothing else.')
  @Sensitive() @IsString() @MinLength(16)
  LINK_KEY = DEFAULT_LINK_KEY;

  @Describe('Key of the device cookie of a browser that signed in before, which keeps it out of delays caused by others. Rotating it only makes browsers unknown again.')
  @Sensitive() @IsString() @MinLength(16)
  DEVICE_KEY = DEFAULT_DEVICE_KEY;

  @Describe('How long a sign-in lasts, in days.')
  @Transform(toInt) @IsInt() @Min(1) @Max(365)
  SESSION_DAYS = 30;

  @Describe('Public address of the site, used in links in e-mail. Default: http://localhost:<PORT>.')
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = '';

  @Describe('SMTP server for outgoing e-mail, e.g. smtp://user:pass@mail.example.org:587. Empty: e-mail is captured (demo) or only logged.')
  @IsOptional() @IsString()
  SMTP_URL?: string;

  @Describe('Sender address of outgoing e-mail.')
  @IsString()
  MAIL_FROM = 'Wijkdeal <noreply@wijkdeal.test>';

  @Describe('Keep outgoing e-mail in the database and show it on /ontwikkeling/mail instead of sending. Default: same as DEMO_MODE.')
  @IsOptional() @Transform(toBool) @IsBoolean()
  MAIL_CAPTURE?: boolean;

  @Describe('First admin, created at start in production when no admin exists.')
  @IsOptional() @IsEmail()
  ADMIN_EMAIL?: string;

  @Describe('Password of that first admin (at least 12 characters).')
  @IsOptional() @IsString() @MinLength(12)
  ADMIN_PASSWORD?: string;

  @Describe('Send cookies only over HTTPS. Default: on in production.')
  @IsOptional() @Transform(toBool) @IsBoolean()
  COOKIE_SECURE?: boolean;

  @Describe('Trust X-Forwarded-* from this many proxies (behind a load balancer: 1).')
  @Transform(toInt) @IsInt() @Min(0) @Max(10)
  TRUST_PROXY = 0;

  @Describe('Folder with the built web app that the API serves; empty: next to the API build.')
  @IsOptional() @IsString()
  WEB_DIST_DIR?: string;

  @Describe('Seconds between passes of the notification mailer (instant mail and digests); 0 turns it off on this instance.')
  @Transform(toInt) @IsInt() @Min(0) @Max(86_400)
  MAIL_WORKER_SECONDS = 60;

  @Describe('Failed sign-ins on one account (from browsers it does not know) before each further try waits: 30 seconds, doubling up to 15 minutes.')
  @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  LOGIN_ATTEMPTS_PER_15_MIN = 10;

  @Describe('Failed sign-ins from one source address, over all accounts, before each further try from it waits (as above).')
  @Transform(toInt) @IsInt() @Min(1) @Max(100_000)
  LOGIN_FAILURES_PER_SOURCE_PER_15_MIN = 10;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
  get usesEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }
  get demoMode(): boolean {
    return this.DEMO_MODE ?? this.usesEmbeddedDatabase;
  }
  get captureMail(): boolean {
    return this.MAIL_CAPTURE ?? this.demoMode;
  }
  get secureCookies(): boolean {
    return this.COOKIE_SECURE ?? this.isProduction;
  }
  /**
   * Every voting key by name: the current one, the retired ones, and `legacy` (SESSION_SECRET), the key of
   * stemweeks created before voting had a key of its own.
   */
  get votingKeys(): ReadonlyMap<string, string> {
    const retired = (this.VOTING_KEYS_RETIRED ?? '').split(',').filter(Boolean).map((pair): [string, string] => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]);
    return new Map([['legacy', this.SESSION_SECRET], ...retired, [this.VOTING_KEY_ID, this.VOTING_KEY]]);
  }
}

export function describeConfig(): ReadonlyMap<string, string> {
  return DESCRIPTIONS;
}

export function isSensitive(name: string): boolean {
  return SENSITIVE.has(name);
}

/** Reads and validates the environment; throws one error that lists every problem. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.fromEntries([...DESCRIPTIONS.keys()].filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, known);
  config.PUBLIC_URL ||= `http://localhost:${config.PORT}`;
  const problems = validateSync(config).map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
  if (config.isProduction) {
    for (const name of SENSITIVE) {
      const value = (config as unknown as Record<string, string | undefined>)[name];
      if (value !== undefined && (value === DEFAULTS[name] || value.length < 32)) problems.push(`${name}: set a random secret of at least 32 characters in production`);
    }
    const keys = [config.SESSION_SECRET, config.VOTING_KEY, config.LINK_KEY, config.DEVICE_KEY];
    if (new Set(keys).size < keys.length) problems.push('SESSION_SECRET, VOTING_KEY, LINK_KEY, DEVICE_KEY: use a different secret for each, so that each can be rotated alone');
    if (config.demoMode) problems.push('DEMO_MODE: demo accounts with a published password are not allowed in production');
    if (config.ADMIN_EMAIL && !config.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: required with ADMIN_EMAIL');
  }
  if (problems.length) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return config;
}
