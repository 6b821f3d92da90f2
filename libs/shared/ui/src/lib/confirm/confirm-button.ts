import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';

/**
 * A destructive action in two steps: the first button asks the question, "Ja, …" does it (no window.confirm,
 * which screen readers and phones handle badly). Focus moves to the "yes" button, which is described by the
 * question, and back to the first button on "no". All texts come in already translated.
 */
@Component({
  selector: 'wd-confirm-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'confirm-button' },
  styles: `
    :host {
      display: block;
    }
    .confirm-button__question {
      margin: 0 0 0.5rem;
    }
  `,
  template: `
    @if (asking()) {
      <p class="confirm-button__question" [id]="questionId()"><strong>{{ question() }}</strong></p>
      <div class="form__actions">
        <button #yes type="button" class="button button--danger" [attr.aria-describedby]="questionId()" (click)="confirm()">{{ confirmLabel() }}</button>
        <button type="button" class="button button--secondary" (click)="cancel()">{{ cancelLabel() }}</button>
      </div>
    } @else {
      <button #ask type="button" class="button button--secondary" (click)="askFirst()">
        {{ label() }}@if (subject()) {<span class="visually-hidden">: {{ subject() }}</span>}
      </button>
    }
  `,
})
export class ConfirmButton {
  private readonly injector = inject(Injector);
  private readonly yes = viewChild<ElementRef<HTMLButtonElement>>('yes');
  private readonly ask = viewChild<ElementRef<HTMLButtonElement>>('ask');

  /** The first button ("Verwijderen"). */
  readonly label = input.required<string>();
  /** What it acts on, for screen readers ("Cor Contact"); the same button appears once per row. */
  readonly subject = input('');
  readonly question = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  /** Unique per page: the id of the question. */
  readonly questionId = input.required<string>();
  readonly confirmed = output<void>();

  protected readonly asking = signal(false);

  protected askFirst(): void {
    this.asking.set(true);
    afterNextRender(() => this.yes()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.asking.set(false);
    afterNextRender(() => this.ask()?.nativeElement.focus(), { injector: this.injector });
  }

  protected confirm(): void {
    this.asking.set(false);
    this.confirmed.emit();
  }
}
