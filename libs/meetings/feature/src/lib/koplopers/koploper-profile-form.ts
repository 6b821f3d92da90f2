import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { KoploperView } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, ConfirmButton, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, Notice, toFormProblem } from '@wijkdeal/shared-ui';

/** A koploper's own text and consent to be shown (PUT /api/koplopers/me), and the way to stop being one. */
@Component({
  selector: 'wd-koploper-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ConfirmButton, ErrorSummary, Field, FieldControl],
  template: `
    <h3>{{ t('meetings.profile.title') }}</h3>
    <form class="form" [formGroup]="form" (ngSubmit)="saveProfile()" novalidate>
      <wd-error-summary summaryId="koploper-profile-errors" [problem]="problem()" [fields]="fields" />
      @if (savedOnce()) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('meetings.profile.saved') }}</p></wd-alert>
      }
      <wd-field [spec]="fields.bio" [problem]="problem()">
        <textarea wdControl formControlName="bio" rows="4" maxlength="600"></textarea>
      </wd-field>
      <div class="field">
        <label class="choice"><input type="checkbox" formControlName="isPublic" aria-describedby="koploper-profile-public-hint" /> {{ t('meetings.profile.public') }}</label>
        <p class="field__hint" id="koploper-profile-public-hint">{{ t('meetings.profile.public.hint') }}</p>
      </div>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('meetings.profile.submit') }}</button>
      </div>
    </form>

    <h3>{{ t('meetings.profile.end.title') }}</h3>
    <p>{{ t('meetings.profile.end.text') }}</p>
    @if (endError()) {
      <wd-alert kind="error" [takeFocus]="true"><p>{{ endError() }}</p></wd-alert>
    }
    <wd-confirm-button
      questionId="koploper-end-confirm"
      [label]="t('meetings.profile.end.button')"
      [question]="t('meetings.profile.end.confirm')"
      [confirmLabel]="t('meetings.profile.end.yes')"
      [cancelLabel]="t('meetings.profile.end.no')"
      (confirmed)="endRole()"
    />
  `,
})
export class KoploperProfileForm {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  protected readonly t = inject(I18n).t;

  /** The profile as the public list shows it; null when I am not shown (my text is then not known here). */
  readonly profile = input<KoploperView | null>(null);
  readonly saved = output<KoploperView>();

  protected readonly fields = defineFields('koploper-profile', { bio: { label: 'meetings.profile.bio', hint: 'meetings.profile.bio.hint' } });
  protected readonly form = inject(FormBuilder).nonNullable.group({ bio: [''], isPublic: [false] });
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly savedOnce = signal(false);
  protected readonly endError = signal('');

  constructor() {
    effect(() => {
      const profile = this.profile();
      untracked(() => {
        if (profile) this.form.reset({ bio: profile.bio, isPublic: true });
      });
    });
  }

  protected saveProfile(): void {
    if (this.busy()) return;
    this.savedOnce.set(false);
    const problem = checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    // The photo is kept: the API replaces the whole profile.
    const photoId = this.profile()?.photoId ?? undefined;
    this.http.put<KoploperView>('/api/koplopers/me', { ...this.form.getRawValue(), photoId }).subscribe({
      next: (profile) => {
        this.busy.set(false);
        this.savedOnce.set(true);
        this.saved.emit(profile);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  protected endRole(): void {
    const account = this.session.account();
    if (!account) return;
    this.endError.set('');
    this.http.delete<void>(`/api/koplopers/${account.id}`).subscribe({
      next: async () => {
        await this.session.load();
        this.notice.showAfterNavigation('meetings.profile.ended');
        void this.router.navigateByUrl(this.router.url, { onSameUrlNavigation: 'reload' });
      },
      error: (error: unknown) => this.endError.set(toFormProblem(error, this.t('common.networkError')).message),
    });
  }
}
