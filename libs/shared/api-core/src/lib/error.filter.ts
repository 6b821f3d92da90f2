import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorBody, ErrorCode, Locale } from '@wijkdeal/shared-contracts';
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
    const body = errorBody(this.toDomain(exception, request), requestLocale(request));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toDomain(exception: unknown, request: Request): DomainException {
    if (exception instanceof DomainException) return exception;
    if (exception instanceof HttpException) {
      const code = CODE_BY_STATUS[exception.getStatus()];
      if (code) return new DomainException(code);
    }
    const status = (exception as { status?: number; type?: string })?.status;
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) return new DomainException('PAYLOAD_TOO_LARGE');
    if ((exception as { type?: string })?.type === 'entity.parse.failed') return new DomainException('VALIDATION_FAILED', [{ reason: 'invalidJson' }]);
    this.logger.error(`${request.method} ${request.path}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    return new DomainException('INTERNAL');
  }
}
