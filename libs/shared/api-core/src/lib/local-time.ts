import { localToInstant } from '@wijkdeal/shared-contracts';
import { DomainException } from './domain-exception';

/** A Europe/Amsterdam local date-time from a request field (`2027-01-27T19:30`), or a field error. */
export function parseLocalDateTime(local: string, field: string): Date {
  try {
    return localToInstant(local);
  } catch {
    throw new DomainException('VALIDATION_FAILED', [{ field, reason: 'isLocalDateTime' }]);
  }
}
