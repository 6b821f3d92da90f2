export interface MailTextPart {
  text: string;
  /** Set for a link: the path and query on this site, so a link made for another port or host still works here. */
  path?: string;
  query?: Record<string, string>;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Splits a plain-text e-mail into text and links. */
export function splitMailText(text: string): MailTextPart[] {
  const parts: MailTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    const url = new URL(match[0]);
    const query: Record<string, string> = {};
    url.searchParams.forEach((value, key) => (query[key] = value));
    parts.push({ text: match[0], path: url.pathname, query });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
