import { Directive, inject } from '@angular/core';
import { Field } from './field';

/** Ties a control to the surrounding `wd-field`: id, description and invalid state. */
@Directive({
  selector: '[wdControl]',
  host: {
    '[id]': 'field.spec().id',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': "field.error() ? 'true' : null",
  },
})
export class FieldControl {
  protected readonly field = inject(Field);
}
