import { HttpErrorResponse } from '@angular/common/http';
import { ERROR_CODES, ErrorBody, ErrorCode } from '@wijkdeal/shared-contracts';

/** What a form shows after a failed submit: a summary message and a message per field. */
export interface FormProblem {
  /** HTTP status; 0 when the API could not be reached or the problem was found before sending. */
  status: number;
  code: ErrorCode | 'NETWORK' | 'CLIENT';
  /** Shown at the top, in the error summary. Already translated. */
  message: string;
  /** Field name (as the form control, dotted for nested groups: `name.nl`) → message. */
  fields: Readonly<Record<string, string>>;
  /** Detail messages that belong to no field. */
  other: readonly string[];
}

export function isErrorBody(value: unknown): value is ErrorBody {
  const body = value as Partial<ErrorBody> | null;
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof body.statusCode === 'number' &&
    typeof body.message === 'string' &&
    (ERROR_CODES as readonly string[]).includes(String(body.code))
  );
}

/**
 * Turns whatever an HTTP call failed with into a FormProblem. The API's messages are already in the
 * person's language (it reads the wd_lang cookie); `fallback` is used when there is no API error body
 * (network down, proxy error page).
 */
export function toFormProblem(error: unknown, fallback: string): FormProblem {
  const body = error instanceof HttpErrorResponse ? error.error : error;
  if (!isErrorBody(body)) {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    return { status, code: status === 0 ? 'NETWORK' : 'INTERNAL', message: fallback, fields: {}, other: [] };
  }
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const detail of body.details ?? []) {
    if (!detail.field) {
      other.push(detail.message);
      continue;
    }
    const known = fields[detail.field];
    if (!known) fields[detail.field] = detail.message;
    else if (!known.includes(detail.message)) fields[detail.field] = `${known} ${detail.message}`;
  }
  return { status: body.statusCode, code: body.code, message: body.message, fields, other };
}

/** The API error code, if the failure came from the API. */
export function errorCode(error: unknown): ErrorCode | undefined {
  const body = error instanceof HttpErrorResponse ? error.error : error;
  return isErrorBody(body) ? body.code : undefined;
}
