import { VOTING_CODE_ALPHABET, VOTING_CODE_LENGTH } from '@wijkdeal/shared-contracts';
import { randomBytes } from 'node:crypto';

/** 60 random bits as 12 Crockford base32 symbols; 32 symbols = 5 bits each, so every symbol is uniform. */
export function newVotingCode(): string {
  let bits = randomBytes(8).readBigUInt64BE();
  let code = '';
  for (let i = 0; i < VOTING_CODE_LENGTH; i++) {
    code += VOTING_CODE_ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return code;
}

/** Receipts: 10 Crockford symbols (50 random bits), printed XXXXX-XXXXX; unique per stemweek by constraint. */
export function newReceipt(): string {
  const bytes = randomBytes(10);
  let receipt = '';
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  for (let i = 0; i < 10; i++) receipt += VOTING_CODE_ALPHABET[bytes[i] & 31];
  return `${receipt.slice(0, 5)}-${receipt.slice(5)}`;
}
