import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { parseRichText } from './parse-rich-text';

/**
 * Text a resident wrote, with paragraphs, bold and links built as elements by the template. There is no
 * innerHTML anywhere: whatever else the text holds (a <script>, an <img onerror>) is shown as the characters typed.
 */
@Component({
  selector: 'wd-rich-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'rich-text' },
  // Kept on few lines on purpose: whitespace between the tags would show up between the segments.
  template: `
    @for (paragraph of paragraphs(); track $index) {
      <p>@for (segment of paragraph; track $index) {@if (segment.href) {@if (segment.bold) {<strong><a [href]="segment.href" rel="nofollow ugc noopener">{{ segment.text }}</a></strong>} @else {<a [href]="segment.href" rel="nofollow ugc noopener">{{ segment.text }}</a>}} @else if (segment.bold) {<strong>{{ segment.text }}</strong>} @else {<ng-container>{{ segment.text }}</ng-container>}}</p>
    }
  `,
})
export class RichText {
  readonly text = input.required<string>();

  protected readonly paragraphs = computed(() => parseRichText(this.text()));
}
