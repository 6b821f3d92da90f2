/**
 * Writes a migration with the SQL that brings a database migrated up to now in line with the entities.
 * Usage: npm run migration:generate -- AddProposals
 * Needs a PostgreSQL server: DATABASE_URL's server, else the one on 127.0.0.1:5432. It works in a scratch database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../apps/api/src/database/data-source';

const MIGRATIONS_DIR = join(__dirname, '../apps/api/src/database/migrations');

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name, e.g. AddProposals');
  const server = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const scratch = `wijkdeal_migration_${Date.now()}`;
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const url = new URL(server);
    url.pathname = `/${scratch}`;
    const dataSource = await createDataSource(url.toString()).initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (!sql.upQueries.length) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (query: string) => JSON.stringify(query);
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`);
    const down = sql.downQueries.reverse().map((q) => `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`);
    const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    writeFileSync(
      join(MIGRATIONS_DIR, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up.join('\n')}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down.join('\n')}\n  }\n}\n`,
    );
    // Register it: the API is bundled, so migrations are listed, not globbed.
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/(import \{ DataSourceOptions \} from 'typeorm';\n)/, `$1import { ${className} } from './${file}';\n`)
      .replace(/= \[([^\]]*)\];/, (_all, list: string) => `= [${[...list.split(',').map((s) => s.trim()).filter(Boolean), className].join(', ')}];`);
    writeFileSync(indexPath, index);
    console.log(`Wrote migrations/${file}.ts with ${sql.upQueries.length} statements.`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

generate(process.argv[2] ?? '').catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
