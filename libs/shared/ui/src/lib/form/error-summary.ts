import { afterNextRender, ChangeDetectionStrategy, DOCUMENT, Component, computed, effect, ElementRef, inject, Injector, input, viewChild } from '@angular/core';
import { I18n } from '../i18n/i18n';
import { FormProblem } from '../form-problem/form-problem';
import { FieldSpec } from './field-spec';

/**
 * The message of a failed submit at the top of the form, with a link to each field that has a problem.
 * It takes focus when a new problem arrives, so keyboard and screen-reader users land on it.
 */
@Component({
  selector: 'wd-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as problem) {
      <div #box class="error-summary" role="alert" tabindex="-1" [attr.aria-labelledby]="summaryId() + '-title'">
        <h2 class="error-summary__title" [id]="summaryId() + '-title'">{{ t('form.errorSummaryTitle') }}</h2>
        <p>{{ problem.message }}</p>
        @if (links().length || problem.other.length) {
          <ul class="error-summary__list">
            @for (link of links(); track link.name) {
              <li>
                @if (link.id) {
                  <a [href]="'#' + link.id" (click)="focusField($event, link.id)">{{ link.label }}: {{ link.message }}</a>
                } @else {
                  {{ link.message }}
                }
              </li>
            }
            @for (message of problem.other; track $index) {
              <li>{{ message }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
})
export class ErrorSummary {
  protected readonly t = inject(I18n).t;
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  readonly problem = input<FormProblem | null>(null);
  readonly fields = input<Readonly<Record<string, FieldSpec>>>({});
  /** Unique per page, for the heading id. */
  readonly summaryId = input('error-summary');

  protected readonly links = computed(() => {
    const problem = this.problem();
    if (!problem) return [];
    const specs = Object.values(this.fields());
    return Object.entries(problem.fields).map(([name, message]) => {
      const spec = specs.find((candidate) => candidate.name === name);
      return { name, id: spec?.id ?? '', label: spec ? this.t(spec.label) : name, message };
    });
  });

  constructor() {
    effect(() => {
      if (!this.problem()) return;
      afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
    });
  }

  /** In-page links would resolve against <base href>, so focus the field ourselves. */
  protected focusField(event: Event, id: string): void {
    const target = this.document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    // Centre it, so its label above stays in view.
    target.scrollIntoView?.({ block: 'center' });
  }
}
