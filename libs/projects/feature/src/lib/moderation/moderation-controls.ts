import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Session } from '@wijkdeal/accounts-feature';
import { ReportTarget } from '@wijkdeal/shared-contracts';
import { checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/**
 * For admins: hide an idea or update with a reason everyone sees (POST /api/moderation/:type/:id/hide), or show
 * hidden content again (…/show). Hiding also closes the open reports about it. Renders nothing for anyone else.
 */
@Component({
  selector: 'wd-moderation-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary],
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @if (isAdmin()) {
      @if (hiddenReason()) {
        <button #toggle type="button" class="button button--secondary" [attr.aria-disabled]="busy() || null" (click)="showAgain()">
          {{ t('moderation.show') }}<span class="visually-hidden">: {{ subject() }}</span>
        </button>
      } @else if (!open()) {
        <button #toggle type="button" class="button button--secondary" aria-expanded="false" (click)="openForm()">
          {{ t('moderation.hide') }}<span class="visually-hidden">: {{ subject() }}</span>
        </button>
      } @else {
        <form class="form report__form" [formGroup]="form" (ngSubmit)="hide()" novalidate>
          <wd-error-summary [summaryId]="formId() + '-errors'" [problem]="problem()" [fields]="fields()" />
          <wd-field [spec]="fields().reason" [problem]="problem()">
            <textarea #reason wdControl formControlName="reason" rows="2" maxlength="300" required></textarea>
          </wd-field>
          <div class="form__actions">
            <button type="submit" class="button button--danger" [attr.aria-disabled]="busy() || null">
              {{ t('moderation.hide.submit') }}<span class="visually-hidden">: {{ subject() }}</span>
            </button>
            <button type="button" class="button button--secondary" (click)="closeForm()">{{ t('moderation.hide.cancel') }}</button>
          </div>
        </form>
      }
      <p class="action-status" role="status">{{ status() }}</p>
    }
  `,
})
export class ModerationControls {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  protected readonly t = inject(I18n).t;
  protected readonly isAdmin = inject(Session).isAdmin;
  private readonly toggle = viewChild<ElementRef<HTMLButtonElement>>('toggle');
  private readonly reason = viewChild<ElementRef<HTMLTextAreaElement>>('reason');

  readonly targetType = input.required<ReportTarget>();
  readonly targetId = input.required<string>();
  /** The reason it is hidden for, or null when it shows. */
  readonly hiddenReason = input<string | null>(null);
  /** What is moderated, in words for screen readers ("de update van 3 maart 2027"). */
  readonly subject = input.required<string>();
  /** The new reason after hiding, null after showing again. */
  readonly hiddenChanged = output<string | null>();

  protected readonly formId = computed(() => `hide-${this.targetId()}`);
  protected readonly fields = computed(() => defineFields(this.formId(), { reason: { label: 'moderation.hide.reason', hint: 'moderation.hide.reason.hint' } }));
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: ['', Validators.required] });
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly problem = signal<FormProblem | null>(null);

  protected openForm(): void {
    this.open.set(true);
    this.status.set('');
    afterNextRender(() => this.reason()?.nativeElement.focus(), { injector: this.injector });
  }

  protected closeForm(): void {
    this.open.set(false);
    this.problem.set(null);
    this.focusToggle();
  }

  protected hide(): void {
    if (this.busy()) return;
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const reason = this.form.getRawValue().reason.trim();
    this.send('hide', { reason }, () => {
      this.form.reset();
      this.open.set(false);
      this.status.set(this.t('moderation.hidden'));
      this.hiddenChanged.emit(reason);
    });
  }

  protected showAgain(): void {
    if (this.busy()) return;
    this.send('show', {}, () => {
      this.status.set(this.t('moderation.shown'));
      this.hiddenChanged.emit(null);
    });
  }

  private send(action: 'hide' | 'show', body: object, done: () => void): void {
    this.busy.set(true);
    this.status.set('');
    this.http.post<void>(`/api/moderation/${this.targetType()}/${this.targetId()}/${action}`, body).subscribe({
      next: () => {
        this.busy.set(false);
        done();
        this.focusToggle();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = toFormProblem(error, this.t('common.networkError'));
        if (action === 'hide') this.problem.set(problem);
        else this.status.set(problem.message);
      },
    });
  }

  /** The button that replaced the form (or the other button) keeps the keyboard where it was. */
  private focusToggle(): void {
    afterNextRender(() => this.toggle()?.nativeElement.focus(), { injector: this.injector });
  }
}
