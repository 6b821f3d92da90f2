import { TestBed } from '@angular/core/testing';
import { Paragraphs, splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines, keeps single line breaks and drops empty paragraphs', () => {
    expect(splitParagraphs('Eerste regel\ntweede regel\n\n\r\n  Tweede alinea  \n \n')).toEqual(['Eerste regel\ntweede regel', 'Tweede alinea']);
    expect(splitParagraphs(' \n\n ')).toEqual([]);
  });
});

describe(Paragraphs.name, () => {
  it('shows markup as text, never as elements', async () => {
    const fixture = TestBed.createComponent(Paragraphs);
    fixture.componentRef.setInput('text', 'Verslag\n\n<script>window.__pwned=1</script><b>vet</b>');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect([...element.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Verslag', '<script>window.__pwned=1</script><b>vet</b>']);
    expect(element.querySelector('script, b')).toBeNull();
  });
});
