import { TextParams } from '../i18n/dictionary';

/** One form field: its control name (as the API names it), the id of its input, and text keys. */
export interface FieldSpec {
  name: string;
  id: string;
  label: string;
  hint?: string;
  hintParams?: TextParams;
}

/** Builds the field specs of one form; ids are `<formId>-<name>` (dots become dashes), unique per page. */
export function defineFields<K extends string>(formId: string, specs: Record<K, Omit<FieldSpec, 'name' | 'id'>>): Record<K, FieldSpec> {
  const entries = Object.entries<Omit<FieldSpec, 'name' | 'id'>>(specs).map(([name, spec]) => [name, { ...spec, name, id: `${formId}-${name.replace(/\./g, '-')}` }]);
  return Object.fromEntries(entries) as Record<K, FieldSpec>;
}
