import { METHOD_KINDS, SELECTION_RULES, STEMWEEK_STATES, VOTING_CHANNELS } from '@wijkdeal/shared-contracts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { votingEn, votingNl } from './voting-texts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('votingTexts', () => {
  const keys = Object.keys(votingNl);

  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(votingEn).sort()).toEqual([...keys].sort());
  });

  it('has every key the pages use, with both plural forms where a count decides', () => {
    const used = new Set<string>();
    for (const file of sources(__dirname)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(stemweek\.[\w.-]+[\w-])'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(200);
    const missing = [...used].filter((key) => !keys.includes(key) && !(keys.includes(`${key}.one`) && keys.includes(`${key}.other`)));
    expect(missing).toEqual([]);
  });

  it('names every state, channel, method, rule and paper result that a key is built for', () => {
    const built = [
      ...STEMWEEK_STATES.map((state) => `stemweek.state.${state}`),
      ...[...VOTING_CHANNELS, 'imported'].map((channel) => `stemweek.channel.${channel}`),
      ...METHOD_KINDS.map((kind) => `stemweek.admin.method.${kind}`),
      ...SELECTION_RULES.map((rule) => `stemweek.admin.rule.${rule}`),
      ...['entered-once', 'matched', 'conflict'].map((status) => `stemweek.paper.result.${status}`),
    ];
    expect(built.filter((key) => !keys.includes(key))).toEqual([]);
  });
});
