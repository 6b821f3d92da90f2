import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SESSION_SECRET, describeConfig, loadConfig } from './app-config';

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

  it('refuses to start in production with the default or a short secret', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/wijkdeal' };
    expect(() => loadConfig(production)).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...production, SESSION_SECRET: DEFAULT_SESSION_SECRET })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...production, SESSION_SECRET: 'kort-maar-geen-32-tekens' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ ...production, SESSION_SECRET: 'x'.repeat(40) }).secureCookies).toBe(true);
  });

  it('refuses demo accounts in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(/DEMO_MODE/);
  });

  it('has a description for every variable, and .env.example lists each of them', () => {
    const example = readFileSync(join(__dirname, '../../../../../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]);
    expect([...describeConfig().keys()].sort()).toEqual([...new Set(listed)].sort());
    for (const description of describeConfig().values()) expect(description.length).toBeGreaterThan(10);
  });
});
