import { DomainException } from '@wijkdeal/shared-api-core';
import { BallotChoiceInput, VOTING_CODE_ALPHABET } from '@wijkdeal/shared-contracts';
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, KeyObject, randomBytes, randomInt } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { newReceipt } from './random-codes';
import { Stemweek } from './stemweek.entity';

/**
 * The sealed ballot box (docs/secret-ballot.md). A ballot is cast sealed to the stemweek's public key (X25519 +
 * HKDF-SHA256 + AES-256-GCM, the construction of a libsodium sealed box with node:crypto's primitives); the private
 * key is derived from the counting key, which only the admin holds and the database never sees. At the count the
 * box is opened: every sealed ballot is decrypted and written in a random order in one transaction.
 */

/** 25 Crockford symbols, 125 bits: too many to guess offline against the stored public key. */
const KEY_SYMBOLS = 25;
const INFO = Buffer.from('wijkdeal ballot box v1');
/** DER prefix of a PKCS#8 X25519 private key; the 32 key bytes follow it (RFC 8410). */
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');

/** A new counting key, shown once to the admin who creates the stemweek, printed in groups of five. */
export function newBallotBoxKey(): string {
  const bytes = randomBytes(KEY_SYMBOLS);
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  const symbols = Array.from(bytes, (byte) => VOTING_CODE_ALPHABET[byte & 31]).join('');
  return symbols.match(/.{5}/g)?.join('-') ?? symbols;
}

/** The key as typed: any case, with or without dashes or spaces, O for 0 and I or L for 1. Null when it cannot be a key. */
export function normalizeBallotBoxKey(input: string): string | null {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== KEY_SYMBOLS || [...symbols].some((symbol) => !VOTING_CODE_ALPHABET.includes(symbol))) return null;
  return symbols;
}

function privateKeyOf(normalizedKey: string): KeyObject {
  const scalar = createHash('sha256').update(`wijkdeal-ballot-box:${normalizedKey}`).digest();
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, scalar]), format: 'der', type: 'pkcs8' });
}

function rawPublicKey(key: KeyObject): Buffer {
  // The last 32 bytes of the SPKI encoding are the raw X25519 public key.
  return key.export({ format: 'der', type: 'spki' }).subarray(-32);
}

function publicKeyFromRaw(raw: Buffer): KeyObject {
  const spkiPrefix = Buffer.from('302a300506032b656e032100', 'hex');
  return createPublicKey({ key: Buffer.concat([spkiPrefix, raw]), format: 'der', type: 'spki' });
}

/** The public key stored on the stemweek (base64url); it also checks a typed key at the count. */
export function ballotBoxPublicKey(normalizedKey: string): string {
  return rawPublicKey(createPublicKey(privateKeyOf(normalizedKey))).toString('base64url');
}

function boxKey(shared: Buffer, ephemeral: Buffer, recipient: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), INFO, 32));
}

/**
 * Seals `plaintext` to the box: ephemeral public key (32) | nonce (12) | ciphertext | tag (16). The plaintext is padded
 * to `paddedLength` first, so a sealed ballot's size says nothing about how many projects it names.
 */
export function seal(publicKey: string, plaintext: string, paddedLength: number): Buffer {
  const recipient = Buffer.from(publicKey, 'base64url');
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyFromRaw(recipient) });
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', boxKey(shared, ephemeralRaw, recipient), nonce);
  const body = Buffer.from(plaintext.padEnd(Math.max(paddedLength, plaintext.length), ' '), 'utf8');
  return Buffer.concat([ephemeralRaw, nonce, cipher.update(body), cipher.final(), cipher.getAuthTag()]);
}

/** Opens sealed ballots with the counting key; the function throws when a ballot was sealed to another key or altered. */
export function ballotBoxOpener(normalizedKey: string): (sealed: Buffer) => string {
  const privateKey = privateKeyOf(normalizedKey);
  const recipient = rawPublicKey(createPublicKey(privateKey));
  return (sealed) => unseal(privateKey, recipient, sealed);
}

function unseal(privateKey: KeyObject, recipient: Buffer, sealed: Buffer): string {
  const ephemeralRaw = sealed.subarray(0, 32);
  const nonce = sealed.subarray(32, 44);
  const tag = sealed.subarray(sealed.length - 16);
  const shared = diffieHellman({ privateKey, publicKey: publicKeyFromRaw(ephemeralRaw) });
  const decipher = createDecipheriv('aes-256-gcm', boxKey(shared, ephemeralRaw, recipient), nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(44, sealed.length - 16)), decipher.final()]).toString('utf8').trimEnd();
}

/** Fisher–Yates with a cryptographic generator: the order the opened ballots are written in follows nothing. */
export function shuffle<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** What a sealed ballot holds: receipt and choices. */
export interface SealedContent {
  receipt: string;
  choices: BallotChoiceInput[];
}

/** The longest content a ballot on these items can have: every item, with the largest rank or points. All sealed ballots are padded to it. */
export function sealedLength(itemKeys: string[]): number {
  const largest = Number.MAX_SAFE_INTEGER;
  const content: SealedContent = { receipt: newReceipt(), choices: itemKeys.map((projectId) => ({ projectId, rank: largest, points: largest })) };
  return Buffer.byteLength(JSON.stringify(content));
}


/**
 * Opens the ballot box at the count, in the caller's transaction (which holds the stemweek's row lock): every sealed
 * ballot is decrypted with the counting key and written to `ballot` in a random order by one statement, and the
 * sealed rows are deleted. So all opened ballots share one transaction id and commit time, and their order on disk
 * is a shuffle. A wrong key changes nothing (BALLOT_BOX_KEY_WRONG). Returns the number of ballots opened.
 */
export async function openBallotBox(manager: EntityManager, stemweek: Stemweek, typedKey: string): Promise<number> {
  const key = normalizeBallotBoxKey(typedKey);
  if (!key || !stemweek.ballotBoxPublicKey || ballotBoxPublicKey(key) !== stemweek.ballotBoxPublicKey) throw new DomainException('BALLOT_BOX_KEY_WRONG', [{ field: 'key', reason: 'ballotBoxKeyWrong' }]);
  const rows: { channel: string; cast_on: string; sealed: Buffer }[] = await manager.query(`SELECT channel, cast_on::text AS cast_on, sealed FROM sealed_ballot WHERE stemweek_id = $1`, [stemweek.id]);
  const open = ballotBoxOpener(key);
  const ballots = shuffle(rows.map((row) => ({ ...(JSON.parse(open(row.sealed)) as SealedContent), channel: row.channel, castOn: row.cast_on })));
  await manager.query(
    `INSERT INTO ballot (stemweek_id, choices, channel, receipt, cast_on)
     SELECT $1, choices, channel, receipt, cast_on FROM unnest($2::jsonb[], $3::text[], $4::text[], $5::date[]) WITH ORDINALITY AS t(choices, channel, receipt, cast_on, position) ORDER BY position`,
    [stemweek.id, ballots.map((ballot) => JSON.stringify(ballot.choices)), ballots.map((ballot) => ballot.channel), ballots.map((ballot) => ballot.receipt), ballots.map((ballot) => ballot.castOn)],
  );
  await manager.query(`DELETE FROM sealed_ballot WHERE stemweek_id = $1`, [stemweek.id]);
  return ballots.length;
}
