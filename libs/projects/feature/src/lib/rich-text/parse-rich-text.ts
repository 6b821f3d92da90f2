/** One run of text: plain, bold, a link, or a bold link. */
export interface TextSegment {
  text: string;
  bold: boolean;
  /** Set for a link: always an https:// address. */
  href?: string;
}

export type RichParagraph = TextSegment[];

const LINK = /https:\/\/[^\s<>"'`]+/g;
/** Punctuation right after an address usually ends the sentence, not the address. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

/**
 * The little formatting residents may use in updates and ideas: blank lines between paragraphs, `**bold**` and bare
 * https:// links. The result is data for a template, never HTML, so anything else (script, tags) stays visible text.
 */
export function parseRichText(text: string): RichParagraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(parseParagraph);
}

function parseParagraph(text: string): RichParagraph {
  const parts = text.split('**');
  // An odd number of markers: the last one has no partner and stays as typed.
  if (parts.length % 2 === 0) {
    const last = parts.pop() as string;
    parts[parts.length - 1] += `**${last}`;
  }
  return parts.flatMap((part, index) => splitLinks(part, index % 2 === 1));
}

function splitLinks(text: string, bold: boolean): TextSegment[] {
  const segments: TextSegment[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    const address = match[0].replace(TRAILING_PUNCTUATION, '');
    plain += text.slice(last, start);
    last = start + address.length;
    if (!isHttps(address)) {
      plain += address;
      continue;
    }
    if (plain) segments.push({ text: plain, bold });
    plain = '';
    segments.push({ text: address, bold, href: address });
  }
  plain += text.slice(last);
  if (plain) segments.push({ text: plain, bold });
  return segments;
}

function isHttps(address: string): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
