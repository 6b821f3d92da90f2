import { TestBed } from '@angular/core/testing';
import { parseRichText } from './parse-rich-text';
import { RichText } from './rich-text';

const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

describe('parseRichText', () => {
  it('splits paragraphs on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(parseRichText('Eerste regel\ntweede regel\n\n\r\n  Tweede alinea  ')).toEqual([
      [{ text: 'Eerste regel\ntweede regel', bold: false }],
      [{ text: 'Tweede alinea', bold: false }],
    ]);
    expect(parseRichText(' \n\n ')).toEqual([]);
  });

  it('reads **bold** and leaves an unpaired marker as typed', () => {
    expect(parseRichText('De **toestellen** zijn besteld.')).toEqual([
      [
        { text: 'De ', bold: false },
        { text: 'toestellen', bold: true },
        { text: ' zijn besteld.', bold: false },
      ],
    ]);
    expect(parseRichText('Dit is **vet** en dit ** niet')).toEqual([
      [
        { text: 'Dit is ', bold: false },
        { text: 'vet', bold: true },
        { text: ' en dit ** niet', bold: false },
      ],
    ]);
  });

  it('turns bare https:// addresses into links, without the full stop after them', () => {
    expect(parseRichText('Kijk op https://wijkdeal.nl/projecten?x=1. Of **https://example.org**')).toEqual([
      [
        { text: 'Kijk op ', bold: false },
        { text: 'https://wijkdeal.nl/projecten?x=1', bold: false, href: 'https://wijkdeal.nl/projecten?x=1' },
        { text: '. Of ', bold: false },
        { text: 'https://example.org', bold: true, href: 'https://example.org' },
      ],
    ]);
  });

  it('makes no link of other schemes', () => {
    for (const text of ['javascript:alert(1)', 'http://example.org', 'data:text/html,<b>x</b>', 'https://']) {
      expect(parseRichText(text)).toEqual([[{ text, bold: false }]]);
    }
  });
});

describe(RichText.name, () => {
  async function render(text: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(RichText);
    fixture.componentRef.setInput('text', text);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('builds paragraphs, bold and links as elements', async () => {
    const element = await render('De **toestellen** zijn besteld.\n\nMeer op https://wijkdeal.nl.');
    const paragraphs = element.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].textContent).toBe('De toestellen zijn besteld.');
    expect(paragraphs[0].querySelector('strong')?.textContent).toBe('toestellen');
    const link = paragraphs[1].querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://wijkdeal.nl');
    expect(link.textContent).toBe('https://wijkdeal.nl');
    expect(paragraphs[1].textContent).toBe('Meer op https://wijkdeal.nl.');
  });

  it('shows script and markup as the characters typed, never as elements', async () => {
    const element = await render(`Let op: ${SCRIPT}\n\n**${SCRIPT}**`);
    expect(element.querySelector('script')).toBeNull();
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelectorAll('p')[0].textContent).toBe(`Let op: ${SCRIPT}`);
    expect(element.querySelector('strong')?.textContent).toBe(SCRIPT);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
