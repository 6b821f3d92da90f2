import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret someone sent with the one expected, in constant time. Both are hashed first: equal lengths in
 * bytes whatever characters arrive (timingSafeEqual throws on unequal lengths), and the length is not given away.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
