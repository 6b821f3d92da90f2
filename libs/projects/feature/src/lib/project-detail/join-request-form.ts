import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** "Ik wil meedoen": ask to join the project group, with an optional word (POST /api/projects/:id/join-requests). */
@Component({
  selector: 'wd-join-request-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary],
  template: `
    <p>
      <button type="button" class="button button--secondary" aria-controls="join-form" [attr.aria-expanded]="open()" (click)="toggleForm()">
        {{ t('projects.join.open') }}
      </button>
    </p>
    <div id="join-form" [hidden]="!open()">
      @if (open()) {
        <form class="form" [formGroup]="form" (ngSubmit)="askToJoin()" novalidate>
          <wd-error-summary summaryId="join-errors" [problem]="problem()" [fields]="fields" />
          <wd-field [spec]="fields.message" [problem]="problem()">
            <textarea wdControl formControlName="message" rows="3" maxlength="1000"></textarea>
          </wd-field>
          <div class="form__actions">
            <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('projects.join.submit') }}</button>
          </div>
        </form>
      }
    </div>
  `,
})
export class JoinRequestForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly projectId = input.required<string>();
  readonly requestSent = output<void>();

  protected readonly fields = defineFields('join', { message: { label: 'projects.join.message', hint: 'projects.join.message.hint' } });
  protected readonly form = inject(FormBuilder).nonNullable.group({ message: [''] });
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  protected toggleForm(): void {
    this.open.update((open) => !open);
  }

  protected askToJoin(): void {
    if (this.busy()) return;
    const message = this.form.getRawValue().message.trim();
    this.busy.set(true);
    this.problem.set(null);
    this.http.post<void>(`/api/projects/${this.projectId()}/join-requests`, message ? { message } : {}).subscribe({
      next: () => {
        this.busy.set(false);
        this.requestSent.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
