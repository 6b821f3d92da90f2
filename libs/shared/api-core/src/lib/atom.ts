/** Atom 1.0 (RFC 4287), written by hand: a handful of elements, every text escaped. */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  author?: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  link: string;
  selfLink: string;
  updated: Date;
  entries: AtomEntry[];
}

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped; the five special ones are escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title type="text">${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
    <updated>${entry.updated.toISOString()}</updated>${entry.published ? `\n    <published>${entry.published.toISOString()}</published>` : ''}
    <author><name>${escapeXml(entry.author || 'Wijkdeal')}</name></author>
    <summary type="text">${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>
  <updated>${feed.updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
