import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainException, Problem } from './domain-exception';

/** Flattens nested class-validator errors into one problem per field and rule. */
export function toProblems(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((rule) => ({
      field,
      reason: rule === 'whitelistValidation' ? 'unknownField' : rule,
      params: constraintParams(error, rule),
    }));
    return [...own, ...toProblems(error.children ?? [], field)];
  });
}

// class-validator keeps the limits in its metadata, not in the error; we read them back from the message.
function constraintParams(error: ValidationError, rule: string): Record<string, string | number> {
  const message = error.constraints?.[rule] ?? '';
  const number = /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
  if (number === undefined) return {};
  if (rule === 'minLength' || rule === 'min' || rule === 'arrayMinSize') return { min: Number(number) };
  if (rule === 'maxLength' || rule === 'max' || rule === 'arrayMaxSize') return { max: Number(number) };
  return {};
}

/** One global pipe: strip nothing silently — unknown fields are an error — and turn payloads into DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new DomainException('VALIDATION_FAILED', toProblems(errors)),
  });
}
