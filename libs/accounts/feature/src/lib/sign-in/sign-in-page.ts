import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, Notice, toFormProblem } from '@wijkdeal/shared-ui';
import { safeReturnUrl } from '../session/require-sign-in';
import { Session } from '../session/session';

@Component({
  selector: 'wd-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Field, FieldControl, ErrorSummary],
  templateUrl: './sign-in-page.html',
})
export class SignInPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  protected readonly t = inject(I18n).t;

  /** Where to go after signing in (query parameter `terug`). */
  readonly terug = input<string>();

  protected readonly fields = defineFields('sign-in', {
    email: { label: 'accounts.field.email' },
    password: { label: 'accounts.field.password' },
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  protected signIn(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    this.session.signIn(this.form.getRawValue()).subscribe({
      next: () => {
        this.notice.showAfterNavigation('accounts.notice.signedIn');
        void this.router.navigateByUrl(safeReturnUrl(this.terug()));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
