import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NewsItemView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** Admins post a news flash in Dutch and English (POST /api/news), or edit one (PUT /api/news/:slug). */
@Component({
  selector: 'wd-news-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="saveNews()" novalidate>
      <wd-error-summary summaryId="news-errors" [problem]="problem()" [fields]="fields" />
      @if (success()) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('community.news.savedEdit') }}</p></wd-alert>
      }
      <div formGroupName="title">
        <wd-field [spec]="fields['title.nl']" [problem]="problem()">
          <input wdControl type="text" formControlName="nl" maxlength="5000" lang="nl" required />
        </wd-field>
        <wd-field [spec]="fields['title.en']" [problem]="problem()">
          <input wdControl type="text" formControlName="en" maxlength="5000" lang="en" />
        </wd-field>
      </div>
      <div formGroupName="body">
        <wd-field [spec]="fields['body.nl']" [problem]="problem()">
          <textarea wdControl formControlName="nl" rows="8" maxlength="5000" lang="nl" required></textarea>
        </wd-field>
        <wd-field [spec]="fields['body.en']" [problem]="problem()">
          <textarea wdControl formControlName="en" rows="8" maxlength="5000" lang="en"></textarea>
        </wd-field>
      </div>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t(item() ? 'community.news.submitEdit' : 'community.news.submitNew') }}</button>
      </div>
    </form>
  `,
})
export class NewsForm {
  private readonly http = inject(HttpClient);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly t = inject(I18n).t;

  /** The item to edit; without it the form posts a new one. */
  readonly item = input<NewsItemView | null>(null);
  readonly saved = output<NewsItemView>();

  protected readonly fields = defineFields('news', {
    'title.nl': { label: 'community.news.field.title.nl' },
    'title.en': { label: 'community.news.field.title.en' },
    'body.nl': { label: 'community.news.field.body.nl', hint: 'community.news.field.paragraphs' },
    'body.en': { label: 'community.news.field.body.en' },
  });
  protected readonly form = this.fb.group({
    title: this.fb.group({ nl: ['', Validators.required], en: [''] }),
    body: this.fb.group({ nl: ['', Validators.required], en: [''] }),
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly success = signal(false);

  constructor() {
    effect(() => {
      const item = this.item();
      untracked(() => {
        if (item) this.form.reset({ title: item.title, body: item.body });
      });
    });
  }

  protected saveNews(): void {
    if (this.busy()) return;
    this.success.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const item = this.item();
    const request = item ? this.http.put<NewsItemView>(`/api/news/${encodeURIComponent(item.slug)}`, this.form.getRawValue()) : this.http.post<NewsItemView>('/api/news', this.form.getRawValue());
    this.busy.set(true);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        if (item) this.success.set(true);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
