import { compareProjectIds } from './rank';

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does), without needing TextEncoder. */
function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return bytes;
}

/** 32-bit FNV-1a over the UTF-8 bytes: tiny, public and easy to re-implement in any language. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8Bytes(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * mulberry32 seeded with hashString(seed): a deterministic generator of numbers in [0, 1). Not
 * cryptographic — a lot only has to be reproducible from a seed that was published before voting.
 */
export function createSeededRandom(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws `count` winners among tied projects. Same seed + same set of tied projects → same winners,
 * whatever order the projects come in. The published algorithm:
 * 1. sort the distinct project ids in code-unit order;
 * 2. seed mulberry32 with the 32-bit FNV-1a hash of the UTF-8 text `seed + "\n" + ids.join("\n")`;
 * 3. Fisher–Yates shuffle: for i from the last index down to 1, swap i with floor(random() × (i + 1));
 * 4. the first `count` ids of the shuffled list win, in that order.
 */
export function drawLots(seed: string, projectIds: readonly string[], count: number): string[] {
  const ids = [...new Set(projectIds)].sort(compareProjectIds);
  if (!Number.isInteger(count) || count < 0 || count > ids.length) {
    throw new RangeError(`Cannot draw ${count} of ${ids.length} projects`);
  }
  const random = createSeededRandom(`${seed}\n${ids.join('\n')}`);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = ids[i];
    ids[i] = ids[j];
    ids[j] = swap;
  }
  return ids.slice(0, count);
}
