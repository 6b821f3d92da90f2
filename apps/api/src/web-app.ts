import { INestApplication, Logger } from '@nestjs/common';
import { AppConfig } from '@wijkdeal/shared-api-core';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** In production one process serves the API and the built web app: unknown non-API paths get index.html (Angular routes). */
export function serveWebApp(app: INestApplication, config: AppConfig): void {
  const dir = resolve(config.WEB_DIST_DIR ?? join(__dirname, '..', 'web', 'browser'));
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    if (config.NODE_ENV !== 'test') new Logger('WebApp').warn(`No built web app in ${dir}; only the API is served.`);
    return;
  }
  // Hashed file names may be cached for a year; index.html never, so a new release is picked up at once.
  app.use(express.static(dir, { index: false, maxAge: '1y', immutable: true }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
