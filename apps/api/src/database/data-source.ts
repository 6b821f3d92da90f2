import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Several instances may start at once against one database: one migrates and seeds, the others wait (a restore too). */
export const MIGRATION_LOCK = 7_290_417;

/** The one data source definition, used by the app, the tests and the migration tools. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Schema changes only through migrations; a test fails when entities and migrations drift.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension, so no superuser needed on a managed database.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // While the database is unreachable a request waits at most this long for a connection, then gets a 503;
    // pg's pool drops broken connections and opens new ones, so it reconnects by itself when the database is back.
    connectTimeoutMS: 5000,
    extra: { max: poolSize, application_name: 'wijkdeal' },
  };
}

export function createDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
