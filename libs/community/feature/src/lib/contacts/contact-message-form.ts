import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ContactPersonView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/**
 * "Stuur een bericht" to one contact person (POST /api/contacts/:id/messages). The API mails it on without showing
 * either address; too many messages in a short time get TOO_MANY_ATTEMPTS, shown in the error summary.
 */
@Component({
  selector: 'wd-contact-message-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ErrorSummary, Field, FieldControl],
  template: `
    @if (sent()) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ t('community.message.sent', { name: contact().name }) }}</p></wd-alert>
    } @else {
      <form class="form" [formGroup]="form" (ngSubmit)="sendMessage()" novalidate>
        <wd-error-summary [summaryId]="'message-' + contact().id + '-errors'" [problem]="problem()" [fields]="fields()" />
        <wd-field [spec]="fields().name" [problem]="problem()">
          <input wdControl type="text" formControlName="name" autocomplete="name" maxlength="80" required />
        </wd-field>
        <wd-field [spec]="fields().email" [problem]="problem()">
          <input wdControl type="email" formControlName="email" autocomplete="email" inputmode="email" spellcheck="false" maxlength="254" required />
        </wd-field>
        <wd-field [spec]="fields().message" [problem]="problem()">
          <textarea wdControl formControlName="message" rows="6" maxlength="3000" required></textarea>
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('community.message.submit') }}</button>
        </div>
      </form>
    }
  `,
})
export class ContactMessageForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly contact = input.required<ContactPersonView>();

  protected readonly fields = computed(() =>
    defineFields(`message-${this.contact().id}`, {
      name: { label: 'community.message.name' },
      email: { label: 'community.message.email', hint: 'community.message.email.hint' },
      message: { label: 'community.message.message' },
    }),
  );
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
    message: ['', Validators.required],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);

  protected sendMessage(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.http.post<void>(`/api/contacts/${this.contact().id}/messages`, this.form.getRawValue()).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
