import { localToInstant } from '@wijkdeal/shared-contracts';

/** The Wijkdealcafé is on the last Wednesday of every month (reference data). */
export function lastWednesday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - 3 + 7) % 7;
  last.setUTCDate(last.getUTCDate() - back);
  return last.toISOString().slice(0, 10);
}

export interface GeneratedEvening {
  month: string;
  startsAt: Date;
  endsAt: Date;
}

/** The evenings of `count` months from `from`'s month, at the usual local time, correct across summer time. */
export function generateEvenings(from: Date, count: number, startTime = '19:30', endTime = '21:30'): GeneratedEvening[] {
  const evenings: GeneratedEvening[] = [];
  for (let i = 0; i < count; i++) {
    const first = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    const date = lastWednesday(first.getUTCFullYear(), first.getUTCMonth() + 1);
    evenings.push({ month: date.slice(0, 7), startsAt: localToInstant(`${date}T${startTime}`), endsAt: localToInstant(`${date}T${endTime}`) });
  }
  return evenings;
}
