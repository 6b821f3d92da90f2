import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client, PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource, MigrationExecutor, MigrationInterface } from 'typeorm';
import { dataSourceOptions, MIGRATION_LOCK } from './data-source';
import { MIGRATIONS } from './migrations';

/**
 * A logical snapshot of the whole database, written with plain `pg` because no pg_dump of the server's version may be
 * at hand (the embedded PostgreSQL ships none, and an older pg_dump refuses a newer server).
 *
 * The file is gzip over text, so `zcat file | less` shows it: one line of JSON (the header), then per table its rows in
 * COPY text format ended by a line `\.`, in the header's order, then one line of JSON with the row counts. COPY's text
 * format escapes newlines and backslashes inside values, so a line `\.` can only be the end of a table.
 */
export const BACKUP_FORMAT = 'wijkdeal-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  server: string;
  /** Names from the `migrations` table, in the order they ran: the schema the rows belong to. */
  migrations: string[];
  /** In an order that satisfies the foreign keys where the graph allows it. Generated columns are left out. */
  tables: { name: string; columns: string[] }[];
  sequences: { name: string; lastValue: string | null }[];
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  migrations: number;
}

/** A backup that is refused for a reason the caretaker can fix; the message is Dutch, then English. */
export class BackupRefused extends Error {}

// TypeORM's own bookkeeping: the restore writes it by running the migrations.
const TYPEORM_TABLES = ['migrations', 'typeorm_metadata'];
const END_OF_TABLE = Buffer.from('\\.\n');
const END_OF_TABLE_AFTER_ROW = Buffer.from('\n\\.\n');

/** `backups/wijkdeal-2026-12-08T0115Z.wdbackup` for the given moment (UTC). */
export function datedBackupName(now = new Date()): string {
  const iso = now.toISOString();
  return `wijkdeal-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z.wdbackup`;
}

/** Writes the whole database as one consistent snapshot (one repeatable-read transaction) to `file`. */
export async function writeBackup(databaseUrl: string, file: string): Promise<BackupSummary> {
  if (existsSync(file)) throw new BackupRefused(`${file} bestaat al; kies een andere naam.\n${file} already exists; choose another name.`);
  // Written under another name first and renamed at the end: a file with the final name is always complete
  // (a .partial left by a killed run is overwritten).
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  await once(out, 'open');
  const client = new Client({ connectionString: databaseUrl, application_name: 'wijkdeal-backup' });
  try {
    await client.connect();
    await client.query(`SET client_encoding = 'UTF8'`);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header = await readHeader(client);
    if (!header.migrations.length) {
      throw new BackupRefused('Deze database heeft geen Wijkdeal-tabellen (nog niet gemigreerd): klopt DATABASE_URL?\nThis database has no Wijkdeal tables (never migrated): is DATABASE_URL right?');
    }
    // As pg_dump does: no migration can change a table while we read it; writers are not held up.
    if (header.tables.length) await client.query(`LOCK TABLE ${header.tables.map((table) => quote(table.name)).join(', ')} IN ACCESS SHARE MODE`);
    const gzip = createGzip();
    const written = pipeline(gzip, out);
    // Awaited at the end; a write error meanwhile also ends the writes below (once() rejects on 'error').
    written.catch(() => undefined);
    const write = async (chunk: Buffer | string) => {
      if (!gzip.write(chunk)) await once(gzip, 'drain');
    };
    await write(`${JSON.stringify(header)}\n`);
    const rows: Record<string, number> = {};
    for (const table of header.tables) {
      let count = 0;
      for await (const chunk of client.query(copyTo(`COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) TO STDOUT`)) as AsyncIterable<Buffer>) {
        // One row a line: COPY's text format escapes the newlines inside values.
        for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) count += 1;
        await write(chunk);
      }
      await write(END_OF_TABLE);
      rows[table.name] = count;
    }
    await write(`${JSON.stringify({ rows })}\n`);
    gzip.end();
    await written;
    await client.query('COMMIT');
    await rename(partial, file);
    return { file, tables: header.tables.length, rows: sum(rows), migrations: header.migrations.length };
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function readHeader(client: Client): Promise<BackupHeader> {
  const [{ server }] = (await client.query(`SELECT current_setting('server_version') AS server`)).rows;
  const hasMigrations = (await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS yes`)).rows[0].yes;
  const migrations: string[] = hasMigrations ? (await client.query(`SELECT name FROM migrations ORDER BY id`)).rows.map((row) => row.name) : [];
  const columns = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> ALL($1)
      GROUP BY c.relname`,
    [TYPEORM_TABLES],
  );
  const order = orderByForeignKeys(
    columns.rows.map((row) => row.table),
    (await foreignKeys(client)).filter((key) => !TYPEORM_TABLES.includes(key.table)),
  );
  const byName = new Map(columns.rows.map((row) => [row.table, row.columns]));
  const sequences = await client.query<{ name: string; lastValue: string | null }>(
    // Sequences are not transactional: the value read now is at least every value the snapshot's rows hold.
    `SELECT s.sequencename AS name, s.last_value::text AS "lastValue" FROM pg_sequences s
      WHERE s.schemaname = 'public' AND NOT EXISTS (
        SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
         WHERE d.objid = format('public.%I', s.sequencename)::regclass AND d.deptype IN ('a', 'i') AND t.relname = ANY($1))
      ORDER BY 1`,
    [TYPEORM_TABLES],
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    server,
    migrations,
    tables: order.map((name) => ({ name, columns: byName.get(name) ?? [] })),
    sequences: sequences.rows,
  };
}

interface ForeignKey {
  name: string;
  table: string;
  references: string;
  definition: string;
}

async function foreignKeys(client: Client | PoolClient): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT k.conname AS name, t.relname AS table, r.relname AS references, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace ORDER BY 1`,
  );
  return rows;
}

/** Referenced tables before the tables that reference them (Kahn); what a cycle leaves is appended in name order. */
export function orderByForeignKeys(tables: string[], keys: { table: string; references: string }[]): string[] {
  const remaining = new Set([...tables].sort());
  const order: string[] = [];
  for (;;) {
    const ready = [...remaining].filter((table) => !keys.some((key) => key.table === table && key.references !== table && remaining.has(key.references)));
    if (!ready.length) break;
    for (const table of ready) {
      remaining.delete(table);
      order.push(table);
    }
  }
  return [...order, ...remaining];
}

/**
 * Restores a backup into an empty database: runs the migrations the backup was made at, then COPYs every table, all in
 * one transaction, so a restore that fails leaves the database as empty as it was.
 */
export async function restoreBackup(databaseUrl: string, file: string): Promise<BackupSummary> {
  const reader = new BackupReader(createReadStream(file).pipe(createGunzip({ chunkSize: 64 * 1024 })));
  const header = parseHeader(await reader.line(), file);
  // The list in migrations/index.ts holds classes only.
  const known = new Map((MIGRATIONS as (new () => MigrationInterface)[]).map((migration) => [migrationName(migration), migration]));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new BackupRefused(
      `Deze back-up komt van een nieuwere versie van Wijkdeal (migraties ${unknown.join(', ')}): werk de code bij en probeer het opnieuw.\n` +
        `This backup comes from a newer version of Wijkdeal (migrations ${unknown.join(', ')}): update the code and try again.`,
    );
  }
  const dataSource = await new DataSource({ ...dataSourceOptions(databaseUrl, 1), migrations: header.migrations.map((name) => known.get(name) as new () => MigrationInterface) }).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    await client.query(`SET client_encoding = 'UTF8'`);
    await runner.startTransaction();
    // An app starting meanwhile waits, instead of migrating and seeding half-way through.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await refuseUnlessEmpty(client, header);
    const executor = new MigrationExecutor(dataSource, runner);
    // Inside our transaction: "all" does not start or commit one of its own when one is active.
    executor.transaction = 'all';
    await executor.executePendingMigrations();
    await refuseOtherColumns(client, header);
    // A foreign key the file's order cannot satisfy (a table that references itself, a cycle) is checked at the end.
    const position = new Map(header.tables.map((table, index) => [table.name, index]));
    const late = (await foreignKeys(client)).filter((key) => (position.get(key.references) ?? -1) >= (position.get(key.table) ?? -1));
    for (const key of late) await client.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`);
    const rows: Record<string, number> = {};
    for (const table of header.tables) {
      const copy = client.query(copyFrom(`COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(reader.rows()), copy);
      rows[table.name] = copy.rowCount;
    }
    for (const key of late) await client.query(`ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
    for (const sequence of header.sequences) {
      if (sequence.lastValue !== null) await client.query(`SELECT setval($1, $2::bigint, true)`, [`public.${quote(sequence.name)}`, sequence.lastValue]);
    }
    const trailer = JSON.parse(await reader.line()) as { rows: Record<string, number> };
    await reader.end();
    const wrong = header.tables.filter((table) => trailer.rows[table.name] !== rows[table.name]);
    if (wrong.length) throw new Error(`Restored row counts differ from the backup's for ${wrong.map((table) => table.name).join(', ')}`);
    await runner.commitTransaction();
    return { file, tables: header.tables.length, rows: sum(rows), migrations: header.migrations.length };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}

function parseHeader(line: string, file: string): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = JSON.parse(line);
  } catch {
    header = undefined;
  }
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
    throw new BackupRefused(`${file} is geen Wijkdeal-back-up.\n${file} is not a Wijkdeal backup.`);
  }
  if (header.version !== BACKUP_VERSION) {
    throw new BackupRefused(`${file} heeft back-upformaat ${header.version}; deze versie leest ${BACKUP_VERSION}.\n${file} has backup format ${header.version}; this version reads ${BACKUP_VERSION}.`);
  }
  return header as BackupHeader;
}

async function refuseUnlessEmpty(client: PoolClient, header: BackupHeader): Promise<void> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> ALL($1) ORDER BY 1`,
    [TYPEORM_TABLES],
  );
  const filled: string[] = [];
  for (const { name } of tables) {
    if ((await client.query(`SELECT EXISTS (SELECT FROM ${quote(name)}) AS yes`)).rows[0].yes) filled.push(name);
  }
  const applied: string[] = (await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS yes`)).rows[0].yes
    ? (await client.query(`SELECT name FROM migrations ORDER BY id`)).rows.map((row) => row.name)
    : [];
  const newer = applied.filter((name) => !header.migrations.includes(name));
  if (!filled.length && !newer.length) return;
  const nl = filled.length ? `De database is niet leeg (rijen in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''})` : `De database is al verder gemigreerd dan de back-up (${newer.join(', ')})`;
  const en = filled.length ? `The database is not empty (rows in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''})` : `The database has migrations the backup does not have (${newer.join(', ')})`;
  throw new BackupRefused(
    `${nl}. Een back-up wordt alleen in een lege database teruggezet. Stop de app en maak de database leeg: ` +
      `bij de ingebouwde database verplaats je de map .data/postgres (EMBEDDED_PG_DIR); bij een eigen PostgreSQL maak je een nieuwe database ` +
      `(dropdb wijkdeal && createdb -O wijkdeal wijkdeal) of leeg je het schema (DROP SCHEMA public CASCADE; CREATE SCHEMA public;). Er is niets veranderd.\n` +
      `${en}. A backup is only restored into an empty database. Stop the app and empty the database: ` +
      `with the embedded database move the folder .data/postgres (EMBEDDED_PG_DIR) away; with your own PostgreSQL create a new database ` +
      `(dropdb wijkdeal && createdb -O wijkdeal wijkdeal) or empty the schema (DROP SCHEMA public CASCADE; CREATE SCHEMA public;). Nothing was changed.`,
  );
}

/** After the same migrations the tables should have the same columns; if not, COPY would put values in the wrong place. */
async function refuseOtherColumns(client: PoolClient, header: BackupHeader): Promise<void> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attname) AS columns
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' GROUP BY c.relname`,
  );
  const actual = new Map(rows.map((row) => [row.table, row.columns.join(',')]));
  const different = header.tables.filter((table) => actual.get(table.name) !== [...table.columns].sort().join(','));
  if (different.length) {
    throw new Error(`After the backup's migrations these tables have other columns than in the backup: ${different.map((table) => table.name).join(', ')}`);
  }
}

/** Reads the backup file: whole lines (header, trailer) and the rows of one table at a time. */
export class BackupReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly source: AsyncIterator<Buffer>;
  private exhausted = false;

  constructor(stream: AsyncIterable<Buffer>) {
    this.source = stream[Symbol.asyncIterator]();
  }

  async line(): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf(10);
      if (end >= 0) {
        const line = this.buffer.subarray(0, end).toString('utf8');
        this.buffer = this.buffer.subarray(end + 1);
        return line;
      }
      if (!(await this.fill())) throw truncated();
    }
  }

  /** The COPY text of the next table, in pieces of any size, up to its line `\.`. */
  async *rows(): AsyncGenerator<Buffer> {
    let atLineStart = true;
    for (;;) {
      if (atLineStart && this.buffer.subarray(0, 3).equals(END_OF_TABLE)) {
        this.buffer = this.buffer.subarray(3);
        return;
      }
      const end = this.buffer.indexOf(END_OF_TABLE_AFTER_ROW);
      if (end >= 0) {
        yield this.buffer.subarray(0, end + 1);
        this.buffer = this.buffer.subarray(end + END_OF_TABLE_AFTER_ROW.length);
        return;
      }
      // Hand on all but the last three bytes, which may be the start of the end marker.
      if (this.buffer.length > 3) {
        const cut = this.buffer.length - 3;
        yield this.buffer.subarray(0, cut);
        atLineStart = this.buffer[cut - 1] === 10;
        this.buffer = this.buffer.subarray(cut);
      }
      if (!(await this.fill())) throw truncated();
    }
  }

  async end(): Promise<void> {
    if (this.buffer.length || (await this.fill())) throw new Error('The backup has data after its end');
  }

  private async fill(): Promise<boolean> {
    if (this.exhausted) return false;
    const next = await this.source.next();
    if (next.done) {
      this.exhausted = true;
      return false;
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }
}

function truncated(): BackupRefused {
  return new BackupRefused('De back-up is afgebroken (onvolledig bestand); er is niets veranderd.\nThe backup is truncated (incomplete file); nothing was changed.');
}

function migrationName(migration: new () => MigrationInterface): string {
  return new migration().name ?? migration.name;
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function sum(rows: Record<string, number>): number {
  return Object.values(rows).reduce((total, n) => total + n, 0);
}
