import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { EMAIL_FREQUENCIES, EmailFrequency, NotificationSettingsView } from '@wijkdeal/shared-contracts';
import { Alert, ErrorSummary, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** How often I get e-mail about what I follow: at once, daily, weekly (the default) or never. */
@Component({
  selector: 'wd-email-settings-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummary, Alert],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="saveSettings()" novalidate>
      <wd-error-summary summaryId="email-settings-errors" [problem]="problem()" />
      @if (saved()) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('follows.email.saved') }}</p></wd-alert>
      }
      <fieldset class="fieldset" aria-describedby="email-frequency-hint">
        <legend class="fieldset__legend">{{ t('follows.email.legend') }}</legend>
        <p class="field__hint" id="email-frequency-hint">{{ t('follows.email.hint') }}</p>
        <div class="choices">
          @for (frequency of frequencies; track frequency) {
            <label class="choice"><input type="radio" formControlName="emailFrequency" [value]="frequency" /> {{ t('follows.email.' + frequency) }}</label>
          }
        </div>
      </fieldset>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || loading() || null">{{ t('follows.email.submit') }}</button>
      </div>
    </form>
  `,
})
export class EmailSettingsForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  protected readonly frequencies = EMAIL_FREQUENCIES;
  protected readonly form = inject(FormBuilder).nonNullable.group({ emailFrequency: ['weekly' as EmailFrequency] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);

  constructor() {
    this.http.get<NotificationSettingsView>('/api/notifications/settings').subscribe({
      next: (settings) => {
        this.loading.set(false);
        this.form.setValue({ emailFrequency: settings.emailFrequency });
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problem.set(toFormProblem(error, this.t('common.loadFailed')));
      },
    });
  }

  protected saveSettings(): void {
    if (this.busy() || this.loading()) return;
    this.busy.set(true);
    this.saved.set(false);
    this.problem.set(null);
    this.http.patch<NotificationSettingsView>('/api/notifications/settings', this.form.getRawValue()).subscribe({
      next: (settings) => {
        this.busy.set(false);
        this.form.setValue({ emailFrequency: settings.emailFrequency });
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
