import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '../i18n/i18n';
import { FormProblem } from '../form-problem/form-problem';
import { FieldSpec } from './field-spec';

/**
 * Label, hint and error around one projected control. Put `wdControl` on the input/select/textarea:
 * it gets the id, `aria-describedby` (hint and error) and `aria-invalid` from here.
 */
@Component({
  selector: 'wd-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--invalid]': '!!error()' },
  template: `
    <label class="field__label" [for]="spec().id">{{ t(spec().label) }}</label>
    @if (hint(); as hint) {
      <p class="field__hint" [id]="spec().id + '-hint'">{{ hint }}</p>
    }
    @if (error(); as error) {
      <p class="field__error" [id]="spec().id + '-error'"><span class="visually-hidden">{{ t('common.alert.error') }}: </span>{{ error }}</p>
    }
    <ng-content />
  `,
})
export class Field {
  protected readonly t = inject(I18n).t;

  readonly spec = input.required<FieldSpec>();
  readonly problem = input<FormProblem | null>(null);

  protected readonly hint = computed(() => {
    const spec = this.spec();
    return spec.hint ? this.t(spec.hint, spec.hintParams) : '';
  });
  readonly error = computed(() => this.problem()?.fields[this.spec().name] ?? '');
  readonly describedBy = computed(() => {
    const id = this.spec().id;
    const ids = [this.spec().hint ? `${id}-hint` : '', this.error() ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}
