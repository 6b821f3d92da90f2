import { AMSTERDAM, zoneOffsetMs } from '@wijkdeal/shared-contracts';

/** iCalendar (RFC 5545) for calendar programs: events in Europe/Amsterdam local time with the zone's rules. */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  cancelled?: boolean;
  updated?: Date;
}

// The EU rule since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// RFC 5545 §3.3.11. A lone CR counts as a line break too: left in, a lenient reader starts a new property there.
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Local wall-clock time in Amsterdam as `YYYYMMDDTHHMMSS`. */
function localStamp(instant: Date): string {
  return new Date(instant.getTime() + zoneOffsetMs(instant.getTime())).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

/** Lines longer than 75 octets are folded with CRLF + space, without splitting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function renderCalendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wijkdeal//Wijkdeal//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, `X-WR-TIMEZONE:${AMSTERDAM}`, ...VTIMEZONE];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(event.updated ?? now)}`,
      `DTSTART;TZID=${AMSTERDAM}:${localStamp(event.start)}`,
      `DTEND;TZID=${AMSTERDAM}:${localStamp(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
