import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DEFAULT_LOCALE, ErrorBody, ErrorCode, Locale } from '@wijkdeal/shared-contracts';
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { DomainException, Problem } from './domain-exception';
import { ERROR_MESSAGES, FIELD_MESSAGES, fillIn } from './messages';
import { requestLocale } from './request-locale';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_ATTEMPTS',
};

/** How long a client waits before it tries again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

// Connection-level failures (refused, reset, timed out, the server shutting down or starting up): the database is
// away, not the request wrong. TypeORM wraps the driver's error in `driverError`.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection error|Connection is not established/i;
// TypeORM releases a transaction's connection when it breaks; the rest of the transaction then meets these.
const UNAVAILABLE_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

export function isDatabaseUnavailable(exception: unknown): boolean {
  for (let error = exception as { code?: string; message?: string; driverError?: unknown } | undefined, hops = 0; error && hops < 3; error = error.driverError as typeof error, hops += 1) {
    if (UNAVAILABLE_CODES.has(String(error.code)) || (typeof error.code === 'string' && error.code.startsWith('08'))) return true;
    if (UNAVAILABLE_MESSAGES.test(String(error.message ?? '')) || UNAVAILABLE_NAMES.has(String((error as { name?: string }).name))) return true;
  }
  return false;
}

export function translateProblem(problem: Problem, locale: Locale): string {
  const texts = FIELD_MESSAGES[problem.reason] ?? FIELD_MESSAGES['invalid'];
  return fillIn(texts[locale], problem.params ?? {});
}

export function errorBody(error: DomainException, locale: Locale): ErrorBody {
  return {
    statusCode: error.status,
    code: error.code,
    message: fillIn(ERROR_MESSAGES[error.code][locale], error.params),
    ...(error.details?.length ? { details: error.details.map((problem) => ({ field: problem.field, reason: problem.reason, message: translateProblem(problem, locale) })) } : {}),
  };
}

/** The one error shape for every failure; a 500 is logged here and never shows its stack or message. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.respond(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }

  /** Also the Express error handler, for what fails before Nest's routing (body parsing, CSRF). */
  readonly handleExpressError = (exception: unknown, request: Request, response: Response, _next: NextFunction): void =>
    this.respond(exception, request, response);

  private respond(exception: unknown, request: Request, response: Response): void {
    // A 500 gets an id that is in the log line and in the answer, so a person can quote it and we can find it.
    const requestId = randomBytes(6).toString('hex');
    const error = this.toDomain(exception, request, requestId);
    const body: ErrorBody = error.code === 'INTERNAL' ? { ...errorBody(new DomainException('INTERNAL', undefined, { requestId }), requestLocale(request)), requestId } : errorBody(error, requestLocale(request));
    if (response.headersSent) return;
    if (error.code === 'DATABASE_UNAVAILABLE') response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // A delay that the exception knows to the second (sign-in throttling) is told to clients and scripts as well.
    if (typeof error.params['retryAfterSeconds'] === 'number') response.setHeader('Retry-After', String(error.params['retryAfterSeconds']));
    // An endpoint that answers a feed or a download has set its own type and file name; an error is JSON.
    response.removeHeader('Content-Disposition');
    response.status(body.statusCode).type('application/json').send(JSON.stringify(body));
  }

  private toDomain(exception: unknown, request: Request, requestId: string): DomainException {
    if (exception instanceof DomainException) return exception;
    if (exception instanceof HttpException) {
      const code = CODE_BY_STATUS[exception.getStatus()];
      if (code) return new DomainException(code);
    }
    if (isDatabaseUnavailable(exception)) return new DomainException('DATABASE_UNAVAILABLE');
    // http-errors from body-parser and the router: the client's fault, with a status and a type to tell them apart.
    const { status, type, expose } = (exception ?? {}) as { status?: number; type?: string; expose?: boolean };
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) return new DomainException('PAYLOAD_TOO_LARGE');
    if (type === 'entity.parse.failed') return new DomainException('VALIDATION_FAILED', [{ reason: 'invalidJson' }]);
    if (status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) return new DomainException('UNSUPPORTED_MEDIA_TYPE');
    if (expose && status && status >= 400 && status < 500) return new DomainException(CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED', status === 400 ? [{ reason: 'undecodableBody' }] : undefined);
    this.logger.error(`[${requestId}] ${request.method} ${request.path}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    return new DomainException('INTERNAL');
  }
}

/**
 * Node's own HTTP parser refuses some requests before Express sees them (headers over 16 kB, a request line that is
 * not HTTP, e.g. after a too short Content-Length). Without this handler Node answers an empty 400 or 431; with it,
 * the error shape, in the default language (the request's headers were not read).
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const domain = new DomainException(error.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : 'VALIDATION_FAILED', error.code === 'HPE_HEADER_OVERFLOW' ? undefined : [{ reason: 'badRequest' }]);
  const body = JSON.stringify(errorBody(domain, DEFAULT_LOCALE));
  socket.end(`HTTP/1.1 ${domain.status} ${domain.code === 'HEADERS_TOO_LARGE' ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
