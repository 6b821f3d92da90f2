/**
 * Wall-clock time in Europe/Amsterdam, with the daylight-saving rules from the platform's time-zone data (Intl),
 * so no date library is needed. A stemweek is stored as instants (timestamptz); people think in local time.
 */
export const AMSTERDAM = 'Europe/Amsterdam';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset from UTC in milliseconds that `timeZone` has at `instantMs` (+1 h in Amsterdam's winter, +2 h in summer). */
export function zoneOffsetMs(instantMs: number, timeZone = AMSTERDAM): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallClock = Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute'], parts['second']);
  return wallClock - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant of a local date-time (`2027-10-31T02:30`) in a time zone. On the night summer time ends, 02:00–03:00
 * happens twice: `earlier` picks the first (still summer time, +02:00), `later` the second (+01:00). On the night
 * summer time starts, 02:00–03:00 does not exist; the time is read with the winter offset (02:30 becomes 03:30 CEST),
 * as clocks and Temporal's "compatible" mode do.
 */
export function localToInstant(local: string, disambiguation: 'earlier' | 'later' = 'earlier', timeZone = AMSTERDAM): Date {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((value) => Number(value ?? 0));
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid date-time: ${local}`);
  }
  // The offsets a day before and after cover every transition (at most one per day in any real zone).
  const offsets = [...new Set([zoneOffsetMs(wallClock - 86_400_000, timeZone), zoneOffsetMs(wallClock + 86_400_000, timeZone)])];
  const candidates = offsets.map((offset) => wallClock - offset).filter((instant) => zoneOffsetMs(instant, timeZone) === wallClock - instant);
  candidates.sort((a, b) => a - b);
  if (candidates.length) return new Date(disambiguation === 'later' ? candidates[candidates.length - 1] : candidates[0]);
  // A gap: read with the offset from before the jump.
  return new Date(wallClock - zoneOffsetMs(wallClock - 86_400_000, timeZone));
}

/** Europe/Amsterdam local time with its offset, e.g. `2027-10-31T02:30:00+01:00` (ISO 8601, readable and exact). */
export function formatInZone(instant: Date, timeZone = AMSTERDAM): string {
  const offset = zoneOffsetMs(instant.getTime(), timeZone);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO 8601 with a date, a time and an explicit offset (or Z): the only form the API takes for an instant. */
export const ISO_INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant of `2027-10-31T02:30:00+01:00`, or null for anything else, also for 30 February (which Date.parse rolls over). */
export function parseInstantWithOffset(text: unknown): Date | null {
  if (typeof text !== 'string' || !ISO_INSTANT_WITH_OFFSET.test(text)) return null;
  const instant = Date.parse(text);
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(instant) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return new Date(instant);
}
