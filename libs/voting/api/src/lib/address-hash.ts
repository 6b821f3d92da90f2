import { createHmac } from 'node:crypto';

/**
 * A keyed hash of one address within one stemweek: participation rows and address-bound codes can be compared
 * ("has this address voted?") without storing the address, and the hash means nothing in another stemweek.
 * Postcode and house number must be normalised (normalizePostcode, normalizeHouseNumber).
 */
export function addressHash(secret: string, stemweekId: string, postcode: string, houseNumber: string): string {
  return createHmac('sha256', secret).update(`stemweek-address:${stemweekId}:${postcode}:${houseNumber}`).digest('base64url');
}
