import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { answerClientError, AppConfig, checkRequestInput, createValidationPipe, csrfProtection, ErrorFilter, loadConfig } from '@wijkdeal/shared-api-core';
import cookieParser from 'cookie-parser';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import express from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { createDataSource, MIGRATION_LOCK } from './database/data-source';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { seedDemoData, seedFirstAdmin, seedReferenceData } from './database/seeds/seed';
import { requestLogger } from './request-logger';
import { serveWebApp } from './web-app';

export async function prepareDatabase(config: AppConfig): Promise<{ dataSource: DataSource; stopEmbedded?: () => Promise<void> }> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT);
    url = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const dataSource = await createDataSource(url, config.DB_POOL_SIZE).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction(async (manager) => {
      await seedReferenceData(manager);
      if (config.demoMode) await seedDemoData(manager);
      await seedFirstAdmin(manager, config);
    });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
  return { dataSource, stopEmbedded };
}

/** Builds the whole application (API, docs, web app) on a migrated data source; used by main.ts and the tests. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    bodyParser: false,
    logger: config.NODE_ENV === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  const errors = new ErrorFilter();
  if (config.TRUST_PROXY) app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular adds component styles at run time as <style> elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
    }),
  );
  app.use(requestLogger());
  app.use(cookieParser());
  app.use('/api', express.json({ limit: '100kb', reviver: (_key, value) => (typeof value === 'string' && value.includes('\u0000') ? fail() : value) }));
  app.use('/api', checkRequestInput);
  app.use('/api', csrfProtection({ secure: config.secureCookies, key: config.SESSION_SECRET, exempt: ['/notifications/unsubscribe/one-click'] }));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(errors);

  const openApi = new DocumentBuilder()
    .setTitle('Wijkdeal API')
    .setDescription('Ideas, stemweek and projects of a neighbourhood. Unsafe requests need the XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header.')
    .setVersion('1')
    .addCookieAuth('wd_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs/openapi.json' });

  serveWebApp(app, config);
  await app.init();
  app.getHttpServer().on('clientError', answerClientError);
  // Errors before Nest's routing (bad JSON, body too large, CSRF) get the same error shape.
  app.use(errors.handleExpressError);
  return app;
}

// PostgreSQL text cannot hold a NUL byte; refuse it at the door instead of failing in the database.
// Thrown inside JSON.parse, a SyntaxError becomes body-parser's ordinary "bad JSON" 400.
function fail(): never {
  throw new SyntaxError('NUL byte in JSON string');
}

export async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const { dataSource, stopEmbedded } = await prepareDatabase(config);
  const app = await createApp(config, dataSource);
  await app.listen(config.PORT);
  const stop = (signal: NodeJS.Signals) => {
    Logger.log(`${signal}: finishing the requests in flight, then stopping`, 'Bootstrap');
    void shutDown(app, stopEmbedded).then(
      () => process.exit(0),
      (error: unknown) => {
        Logger.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  Logger.log(`Wijkdeal is running on ${config.PUBLIC_URL} (port ${config.PORT})${config.demoMode ? ' with demo data' : ''}`, 'Bootstrap');
}

// Longer than any request takes; a load balancer's own grace period (30 s in Kubernetes) is longer still.
const DRAIN_MS = 10_000;

/**
 * Stops without losing a write: first the HTTP server stops accepting and the requests in flight finish (the pool is
 * still there for them, and their connections close after the answer); only then the app closes (the mail worker
 * after its current mail, the pool) and, last, the embedded server. Nest's own shutdown hooks would close the pool
 * first, which is why they are not enabled.
 */
export async function shutDown(app: INestApplication, stopEmbedded?: () => Promise<void>): Promise<void> {
  const server: Server = app.getHttpServer();
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => response.setHeader('Connection', 'close'));
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const late = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await drained;
  clearTimeout(late);
  await app.close();
  await stopEmbedded?.();
}
