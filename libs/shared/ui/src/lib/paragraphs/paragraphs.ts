import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Paragraphs of a text someone typed: split on blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Minutes, reports and news as paragraphs. Built by the template from plain strings, never with innerHTML, so
 * markup in the text is shown as the characters typed.
 */
@Component({
  selector: 'wd-paragraphs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'rich-text' },
  template: `
    @for (paragraph of paragraphs(); track $index) {
      <p>{{ paragraph }}</p>
    }
  `,
})
export class Paragraphs {
  readonly text = input.required<string>();

  protected readonly paragraphs = computed(() => splitParagraphs(this.text()));
}
