import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** One line per API request: method, path, status, time. No query string (it may hold a token), no IP, no account. */
export function requestLogger() {
  const logger = new Logger('HTTP');
  return (request: Request, response: Response, next: NextFunction) => {
    if (!request.path.startsWith('/api/') || process.env['NODE_ENV'] === 'test') return next();
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log(`${request.method} ${request.path} ${response.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}
