import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ThemeDetail, UpdateThemeRequest } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** PATCH /api/themes/:slug with the name, intro and description in both languages. Admins only. */
@Component({
  selector: 'wd-theme-edit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert],
  templateUrl: './theme-edit-form.html',
})
export class ThemeEditForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly theme = input.required<ThemeDetail>();
  readonly saved = output<ThemeDetail>();

  // Field names match the API's detail fields (`name.nl`), so its messages land next to the right input.
  protected readonly fields = defineFields('theme-edit', {
    'name.nl': { label: 'themes.edit.name.nl' },
    'name.en': { label: 'themes.edit.name.en' },
    'intro.nl': { label: 'themes.edit.intro.nl' },
    'intro.en': { label: 'themes.edit.intro.en' },
    'description.nl': { label: 'themes.edit.description.nl' },
    'description.en': { label: 'themes.edit.description.en' },
  });
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    name: this.fb.group({ nl: ['', Validators.required], en: [''] }),
    intro: this.fb.group({ nl: ['', Validators.required], en: [''] }),
    description: this.fb.group({ nl: ['', Validators.required], en: [''] }),
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly done = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const { name, intro, description } = this.theme();
      untracked(() => this.form.reset({ name, intro, description }));
    });
  }

  protected saveTexts(): void {
    if (this.busy()) return;
    this.done.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const request: UpdateThemeRequest = this.form.getRawValue();
    this.busy.set(true);
    this.http.patch<ThemeDetail>(`/api/themes/${encodeURIComponent(this.theme().slug)}`, request).subscribe({
      next: (theme) => {
        this.busy.set(false);
        this.done.set(true);
        this.saved.emit(theme);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
