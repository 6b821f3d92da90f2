/**
 * `npm run backup [-- FILE|FOLDER]`: the whole database to a dated file in backups/ (or FILE).
 * `npm run restore -- FILE`: that file into an empty database.
 * The database is DATABASE_URL's, else the embedded PostgreSQL: the running app's, or started here and stopped after.
 */
import { loadConfig } from '@wijkdeal/shared-api-core';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BackupRefused, datedBackupName, restoreBackup, writeBackup } from '../apps/api/src/database/backup';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';

async function run(command: string | undefined, path: string | undefined): Promise<void> {
  if (command === 'restore' && !path) throw new BackupRefused('Geef het bestand: npm run restore -- backups/wijkdeal-….wdbackup\nName the file: npm run restore -- backups/wijkdeal-….wdbackup');
  if (command !== 'backup' && command !== 'restore') throw new Error('Usage: backup.ts backup [FILE|FOLDER] | restore FILE');
  const config = loadConfig(process.env);
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT);
  const url = config.DATABASE_URL ?? embedded?.url ?? '';
  try {
    if (command === 'backup') {
      const target = path ?? 'backups';
      const file = path?.endsWith('.wdbackup') ? target : join(target, datedBackupName());
      mkdirSync(dirname(file), { recursive: true });
      const summary = await writeBackup(url, file);
      console.log(`Back-up geschreven / backup written: ${file} (${summary.tables} tables, ${summary.rows} rows, ${Math.ceil(statSync(file).size / 1024)} kB)`);
    } else {
      if (!existsSync(path ?? '')) throw new BackupRefused(`${path} bestaat niet.\n${path} does not exist.`);
      const summary = await restoreBackup(url, path ?? '');
      console.log(`Back-up teruggezet / backup restored: ${summary.file} (${summary.tables} tables, ${summary.rows} rows, ${summary.migrations} migrations)`);
    }
  } finally {
    await embedded?.stop();
  }
}

// npm runs scripts in the project folder; a relative path means the folder npm was started in.
const path = process.argv[3] === undefined ? undefined : resolve(process.env['INIT_CWD'] ?? '.', process.argv[3]);
run(process.argv[2], path).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof BackupRefused ? error.message : `Mislukt / failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof BackupRefused ? 2 : 1);
  },
);
