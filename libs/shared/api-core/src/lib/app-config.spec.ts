import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SESSION_SECRET, describeConfig, isSensitive, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('uses the embedded database with demo data and captured mail when nothing is set', () => {
    const config = loadConfig({});
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.demoMode).toBe(true);
    expect(config.captureMail).toBe(true);
    expect(config.PORT).toBe(3000);
    expect(config.PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('builds the default public address from the port', () => {
    expect(loadConfig({ PORT: '3600' }).PUBLIC_URL).toBe('http://localhost:3600');
    expect(loadConfig({ PORT: '3600', PUBLIC_URL: 'https://wijkdeal.example.org' }).PUBLIC_URL).toBe('https://wijkdeal.example.org');
  });

  it('turns demo mode off by default on an external database', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/wijkdeal' });
    expect(config.demoMode).toBe(false);
    expect(config.captureMail).toBe(false);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', DEMO_MODE: 'false', MAIL_CAPTURE: 'yes' });
    expect(config.PORT).toBe(8080);
    expect(config.demoMode).toBe(false);
    expect(config.captureMail).toBe(true);
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ PORT: 'tachtig', PUBLIC_URL: 'geen url', NODE_ENV: 'staging' })).toThrow(/PORT[\s\S]*PUBLIC_URL|PUBLIC_URL[\s\S]*PORT/);
  });

  const keys = { SESSION_SECRET: 'x'.repeat(40), VOTING_KEY: 'v'.repeat(40), LINK_KEY: 'l'.repeat(40), DEVICE_KEY: 'd'.repeat(40) };

  it('refuses to start in production with a default or a short key, for every key marked sensitive', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/wijkdeal' };
    expect(() => loadConfig(production)).toThrow(/SESSION_SECRET[\s\S]*VOTING_KEY[\s\S]*LINK_KEY[\s\S]*DEVICE_KEY/);
    expect(() => loadConfig({ ...production, ...keys, SESSION_SECRET: DEFAULT_SESSION_SECRET })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...production, ...keys, VOTING_KEY: 'kort-maar-geen-32-tekens' })).toThrow(/VOTING_KEY/);
    expect(() => loadConfig({ ...production, ...keys, LINK_KEY: keys.VOTING_KEY })).toThrow(/different secret for each/);
    expect(loadConfig({ ...production, ...keys }).secureCookies).toBe(true);
  });

  it('never repeats a key in its error message', () => {
    const leaked = 'geheim-'.repeat(3);
    expect(() => loadConfig({ VOTING_KEYS_RETIRED: `k1=${leaked}` })).toThrow(/VOTING_KEYS_RETIRED/);
    expect(() => loadConfig({ VOTING_KEYS_RETIRED: `k1=${leaked}` })).not.toThrow(new RegExp(leaked));
    expect(() => loadConfig({ NODE_ENV: 'production', ...keys, VOTING_KEY: 'kort-geheim-12345' })).not.toThrow(/kort-geheim/);
    expect(isSensitive('VOTING_KEY') && isSensitive('LINK_KEY') && isSensitive('DEVICE_KEY') && isSensitive('SESSION_SECRET') && !isSensitive('PORT')).toBe(true);
  });

  it('knows every voting key by name: the current one, the retired ones and legacy (SESSION_SECRET)', () => {
    const config = loadConfig({ VOTING_KEY: 'nieuw-'.repeat(4), VOTING_KEY_ID: 'k3', VOTING_KEYS_RETIRED: `k1:${'oud-een-'.repeat(3)},k2:${'oud:twee-'.repeat(3)}`, SESSION_SECRET: 'sessie-'.repeat(4) });
    expect(Object.fromEntries(config.votingKeys)).toEqual({ legacy: 'sessie-'.repeat(4), k1: 'oud-een-'.repeat(3), k2: 'oud:twee-'.repeat(3), k3: 'nieuw-'.repeat(4) });
  });

  it('refuses demo accounts in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...keys })).toThrow(/DEMO_MODE/);
  });

  it('has a description for every variable, and .env.example lists each of them', () => {
    const example = readFileSync(join(__dirname, '../../../../../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]);
    expect([...describeConfig().keys()].sort()).toEqual([...new Set(listed)].sort());
    for (const description of describeConfig().values()) expect(description.length).toBeGreaterThan(10);
    // Keys are marked as such where an operator sets them.
    for (const name of describeConfig().keys()) expect([name, new RegExp(`^# \\(sensitive\\)[^\\n]*\\n(?:# (?![A-Z][A-Z0-9_]+=)[^\\n]*\\n)*#?\\s*${name}=`, 'm').test(example)]).toEqual([name, isSensitive(name)]);
  });
});
