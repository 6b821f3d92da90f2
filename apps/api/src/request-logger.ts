import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Casting a ballot is not logged: a line per cast, in casting order and timed to the millisecond, would line up with
 * the participation rows and undo the secret ballot (docs/secret-ballot.md). Turnout is counted in the database.
 */
const CAST_BALLOT = /^\/api\/stemweeks\/[^/]+\/ballots$/;

/** One line per API request: method, path, status, time. No query string (it may hold a token), no IP, no account. */
export function requestLogger() {
  const logger = new Logger('HTTP');
  return (request: Request, response: Response, next: NextFunction) => {
    if (!request.path.startsWith('/api/') || (request.method === 'POST' && CAST_BALLOT.test(request.path))) return next();
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log(`${request.method} ${request.path} ${response.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}
