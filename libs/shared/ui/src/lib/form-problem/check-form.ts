import type { AbstractControl } from '@angular/forms';
import { FormProblem } from './form-problem';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Checks a reactive form before sending, with the same kind of messages the API gives, so an empty
 * required field is reported without a round trip. Returns null when the form is valid.
 * (Type-only import of @angular/forms: the shell loads this library eagerly and should not carry the forms package.)
 */
export function checkForm(form: AbstractControl, t: Translate): FormProblem | null {
  form.markAllAsTouched();
  if (form.valid) return null;
  const fields: Record<string, string> = {};
  collect(form, '', fields, t);
  return { status: 0, code: 'CLIENT', message: t('form.checkFields'), fields, other: [] };
}

function collect(control: AbstractControl, path: string, fields: Record<string, string>, t: Translate): void {
  const children = (control as { controls?: Record<string, AbstractControl> | AbstractControl[] }).controls;
  if (children) {
    for (const [name, child] of Object.entries(children)) collect(child, path ? `${path}.${name}` : name, fields, t);
    return;
  }
  const errors = control.errors;
  if (!errors) return;
  if (errors['required']) fields[path] = t('form.required');
  else if (errors['minlength']) fields[path] = t('form.minLength', { min: errors['minlength'].requiredLength });
  else if (errors['maxlength']) fields[path] = t('form.maxLength', { max: errors['maxlength'].requiredLength });
  else if (errors['email']) fields[path] = t('form.email');
  else fields[path] = t('form.invalid');
}
