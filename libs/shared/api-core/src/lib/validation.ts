import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, IsOptional, registerDecorator, ValidateIf, ValidationOptions, ValidationTypes } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';
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

const CLEARABLE = Symbol('clearable');

/**
 * A field that `null` clears (a cost estimate, a place, a planned date, an optional link); unless `required`, it may
 * also be left out. Every other optional field may be left out but not set to `null`: the pipe answers `isNotNull`.
 */
export function Clearable(options: { required?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    (options.required ? ValidateIf((object: Record<PropertyKey, unknown>) => object[property] !== null) : IsOptional())(target, property);
    Reflect.defineMetadata(CLEARABLE, true, target, property);
  };
}

/** A calendar date as PostgreSQL's `date` reads it unambiguously: `YYYY-MM-DD`, a day that exists, year 1 to 9999. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isDateString',
      target: target.constructor,
      propertyName: String(property),
      options,
      validator: {
        validate: (value: unknown) => {
          const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
          if (!match) return false;
          const [year, month, day] = match.slice(1).map(Number);
          const date = new Date(Date.UTC(2000, month - 1, day));
          return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && (month !== 2 || day !== 29 || isLeapYear(year));
        },
      },
    });
}
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * What class-validator leaves to each DTO, checked once for all: `null` only where a field is {@link Clearable},
 * a nested DTO is an object (not an array or a single value), and a required nested DTO is there.
 */
function shapeProblems(value: unknown, path: string, seen = new Set<unknown>()): Problem[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((item, index) => shapeProblems(item, `${path}${path ? '.' : ''}${index}`, seen));
  const target = (value as object).constructor;
  if (!target || target === Object) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const problems: Problem[] = [];
  for (const property of new Set(metadata.map((rule) => rule.propertyName))) {
    const field = path ? `${path}.${property}` : property;
    const rules = metadata.filter((rule) => rule.propertyName === property);
    const conditional = rules.some((rule) => rule.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const nested = rules.find((rule) => rule.type === ValidationTypes.NESTED_VALIDATION);
    const own = (value as Record<string, unknown>)[property];
    if (own === null && conditional && !Reflect.getMetadata(CLEARABLE, target.prototype, property)) problems.push({ field, reason: 'isNotNull' });
    else if (nested && !nested.each && own === undefined && !conditional) problems.push({ field, reason: 'isDefined' });
    else if (nested && !nested.each && own !== undefined && own !== null && (typeof own !== 'object' || Array.isArray(own))) problems.push({ field, reason: 'isObject' });
    else problems.push(...shapeProblems(own, field, seen));
  }
  return problems;
}

/** One global pipe: strip nothing silently — unknown fields are an error — and turn payloads into DTO classes. */
class WijkdealValidationPipe extends ValidationPipe {
  protected override async validate(object: object, options?: Parameters<ValidationPipe['validate']>[1]): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const shape = shapeProblems(object, '');
    if (!shape.length) return errors;
    // A field that is the wrong shape gets that one problem, not also class-validator's guesses inside it.
    const covered = shape.map((problem) => problem.field ?? '');
    const others = toProblems(errors).filter((problem) => !covered.some((field) => problem.field === field || problem.field?.startsWith(`${field}.`)));
    throw new DomainException('VALIDATION_FAILED', [...others, ...shape]);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new WijkdealValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new DomainException('VALIDATION_FAILED', toProblems(errors)),
  });
}

// Keys that reach prototypes in one library or another; no DTO has them, so they are unknown fields everywhere.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
const MAX_DEPTH = 32;
// A UTF-16 code unit without its pair: JSON allows it, but PostgreSQL and the e-mail validator do not.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Walks a parsed body or query once, before any handler: lone surrogates (in values and keys), prototype keys and
 * absurd nesting are refused here for every endpoint. Iterative, so a deep body cannot overflow the stack.
 */
export function inputProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: [unknown, string, number][] = [[input, '', 0]];
  while (stack.length && problems.length < 20) {
    const [value, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) problems.push({ ...(path ? { field: path } : {}), reason: 'loneSurrogate' });
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      problems.push({ ...(path ? { field: path } : {}), reason: 'tooDeep' });
      continue;
    }
    for (const key of Object.keys(value)) {
      const field = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) problems.push({ field, reason: 'unknownField' });
      else if (LONE_SURROGATE.test(key)) problems.push({ field: path || undefined, reason: 'loneSurrogate' });
      else stack.push([(value as Record<string, unknown>)[key], field, depth + 1]);
    }
  }
  return problems.reverse();
}

/** Express middleware after body parsing: the URL decodes, and the body and query pass {@link inputProblems}. */
export function checkRequestInput(request: Request, _response: Response, next: NextFunction): void {
  let url: string;
  try {
    url = decodeURIComponent(request.originalUrl);
  } catch {
    return next(new DomainException('VALIDATION_FAILED', [{ reason: 'badUrlEncoding' }]));
  }
  // PostgreSQL text cannot hold a NUL byte; refuse it at the door instead of failing in the database.
  if (url.includes('\u0000')) return next(new DomainException('VALIDATION_FAILED', [{ reason: 'invalid' }]));
  const problems = [...inputProblems(request.body), ...inputProblems(request.query)];
  next(problems.length ? new DomainException('VALIDATION_FAILED', problems) : undefined);
}
