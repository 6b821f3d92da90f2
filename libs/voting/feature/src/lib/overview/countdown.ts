import { StemweekSummary } from '@wijkdeal/shared-contracts';

type Plural = (key: string, count: number) => string;
type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Time until an instant in words, at the precision that matters: days and hours, or hours and minutes on the last
 * day, or minutes in the last hour ("2 dagen en 5 uur"). Rounded up, so it never says 0 before the moment.
 */
export function describeTimeUntil(fromMs: number, toMs: number, plural: Plural, t: Translate): string {
  const left = Math.max(MINUTE, Math.ceil((toMs - fromMs) / MINUTE) * MINUTE);
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  const parts =
    days > 0
      ? [plural('stemweek.unit.day', days), hours > 0 ? plural('stemweek.unit.hour', hours) : '']
      : hours > 0
        ? [plural('stemweek.unit.hour', hours), minutes > 0 ? plural('stemweek.unit.minute', minutes) : '']
        : [plural('stemweek.unit.minute', minutes)];
  return parts.filter(Boolean).join(` ${t('stemweek.unit.and')} `);
}

/**
 * The stemweek to show first: the open one, else the next to open, else one being counted, else the latest
 * result. The list comes newest first.
 */
export function currentStemweek(stemweeks: readonly StemweekSummary[]): StemweekSummary | null {
  const byOpening = [...stemweeks].sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt));
  return (
    byOpening.find((stemweek) => stemweek.state === 'open') ??
    byOpening.find((stemweek) => stemweek.state === 'upcoming') ??
    byOpening.find((stemweek) => stemweek.state === 'counting') ??
    byOpening.filter((stemweek) => stemweek.state === 'published').pop() ??
    null
  );
}
