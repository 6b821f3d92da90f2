import { PipeTransform } from '@nestjs/common';
import { DomainException } from '@wijkdeal/shared-api-core';

/** A path parameter that must be one of a fixed list; anything else is a 404, like an unknown path. */
export class ParseInPipe<T extends string> implements PipeTransform<string, T> {
  constructor(private readonly allowed: readonly T[]) {}

  transform(value: string): T {
    if (!(this.allowed as readonly string[]).includes(value)) throw new DomainException('NOT_FOUND');
    return value as T;
  }
}
