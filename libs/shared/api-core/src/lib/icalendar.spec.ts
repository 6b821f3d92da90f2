import { renderCalendar } from './icalendar';

describe(renderCalendar.name, () => {
  it('keeps every text on its own property line: CR, LF and CRLF become \\n, never a line of their own', () => {
    const start = new Date('2027-01-27T18:30:00Z');
    const ics = renderCalendar('Café\rX-INJECTED:1', [
      { uid: 'e1@wijkdeal', start, end: new Date(start.getTime() + 7_200_000), summary: 'Café\rDTSTART:20990101T000000', location: 'Werkplaats\nX-A:1', description: 'Twee\r\nregels' },
    ]);
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => /^(X-INJECTED|X-A):|^DTSTART:2099/.test(line))).toEqual([]);
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics).toContain('SUMMARY:Café\\nDTSTART:20990101T000000');
    expect(ics).toContain('DESCRIPTION:Twee\\nregels');
  });
});
