import { normalizeVotingCode, VOTING_CODE_ALPHABET } from '@wijkdeal/shared-contracts';
import { newReceipt, newVotingCode } from './random-codes';

describe(newVotingCode.name, () => {
  it('makes 12 symbols from the unambiguous alphabet (60 bits), which read back unchanged', () => {
    const codes = Array.from({ length: 2000 }, () => newVotingCode());
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(normalizeVotingCode(code)).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(Math.log2(VOTING_CODE_ALPHABET.length) * 12).toBe(60);
  });

  it('uses every symbol about equally often (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) for (const symbol of newVotingCode()) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect(counts.size).toBe(32);
    const expected = (4000 * 12) / 32;
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.2);
  });
});

describe(newReceipt.name, () => {
  it('is 10 random symbols in two groups', () => {
    expect(newReceipt()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });
});
