import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountPicker, accountPickerField } from '@wijkdeal/accounts-feature/account-picker';
import { AccountSummary, PROJECT_MEMBER_ROLES, ProjectDetail, ProjectMemberRole, ProjectMemberView } from '@wijkdeal/shared-contracts';
import { Alert, ConfirmButton, ErrorSummary, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

const PICKER_ID = 'project-member';

/**
 * The project group for the people who manage the project: remove a member (DELETE /api/projects/:id/members/:accountId)
 * and, for admins, add anyone (POST …/members). Searching accounts is for admins only, so a lead or theme contact
 * adds people through their requests to join.
 */
@Component({
  selector: 'wd-project-members-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, ConfirmButton, ErrorSummary, AccountPicker],
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @if (done(); as message) {
      <wd-alert kind="success" [takeFocus]="true"><p>{{ message }}</p></wd-alert>
    }
    @if (removeProblem(); as message) {
      <wd-alert kind="error" [takeFocus]="true"><p>{{ message }}</p></wd-alert>
    }
    @if (project().members.length) {
      <ul class="plain-list">
        @for (member of project().members; track member.accountId) {
          <li class="admin-list__item">
            <p><strong>{{ member.name }}</strong><span class="muted"> ({{ t('projects.group.role.' + member.role) }})</span></p>
            <wd-confirm-button
              [label]="t('projects.members.remove')"
              [subject]="member.name"
              [question]="t('projects.members.removeQuestion', { name: member.name })"
              [confirmLabel]="t('projects.members.removeYes')"
              [cancelLabel]="t('projects.members.removeNo')"
              [questionId]="'member-remove-' + member.accountId"
              (confirmed)="removeMember(member)"
            />
          </li>
        }
      </ul>
    } @else {
      <p>{{ t('projects.members.none') }}</p>
    }

    <h4>{{ t('projects.members.add') }}</h4>
    @if (isAdmin()) {
      <wd-error-summary summaryId="project-member-errors" [problem]="problem()" [fields]="fields" />
      <wd-account-picker [pickerId]="pickerId" [searchLabel]="t('projects.members.searchLabel')" [problem]="problem()" [(chosen)]="chosen" />
      <form class="form" [formGroup]="form" (ngSubmit)="addMember()" novalidate>
        @if (chosen(); as account) {
          <p class="lead">{{ t('projects.members.chosen', { name: account.displayName }) }}</p>
        }
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{{ t('projects.members.role') }}</legend>
          <div class="choices choices--row">
            @for (role of roles; track role) {
              <label class="choice">
                <input type="radio" formControlName="role" [value]="role" />
                {{ t('projects.members.role.' + role) }}
              </label>
            }
          </div>
        </fieldset>
        <div class="form__actions">
          <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('projects.members.submit') }}</button>
        </div>
      </form>
    } @else {
      <p>{{ t('projects.members.addByRequest') }}</p>
    }
  `,
})
export class ProjectMembersAdmin {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;
  protected readonly isAdmin = inject(Session).isAdmin;
  private readonly picker = viewChild(AccountPicker);

  readonly project = input.required<ProjectDetail>();
  readonly groupChanged = output<void>();

  protected readonly pickerId = PICKER_ID;
  protected readonly roles = PROJECT_MEMBER_ROLES;
  protected readonly fields = { accountId: accountPickerField(PICKER_ID) };
  protected readonly form = inject(FormBuilder).nonNullable.group({ role: ['member' as ProjectMemberRole] });
  protected readonly chosen = signal<AccountSummary | null>(null);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly removeProblem = signal('');
  protected readonly done = signal('');
  protected readonly busy = signal(false);

  protected addMember(): void {
    if (this.busy()) return;
    this.done.set('');
    this.removeProblem.set('');
    const account = this.chosen();
    if (!account) {
      this.problem.set({ status: 0, code: 'CLIENT', message: this.t('form.checkFields'), fields: { accountId: this.t('accountPicker.chooseFirst') }, other: [] });
      return;
    }
    this.problem.set(null);
    this.busy.set(true);
    this.http.post<void>(`/api/projects/${this.project().id}/members`, { accountId: account.id, role: this.form.getRawValue().role }).subscribe({
      next: () => {
        this.busy.set(false);
        this.form.reset();
        this.picker()?.clear();
        this.done.set(this.t('projects.members.added', { name: account.displayName }));
        this.groupChanged.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }

  protected removeMember(member: ProjectMemberView): void {
    this.done.set('');
    this.removeProblem.set('');
    this.http.delete<void>(`/api/projects/${this.project().id}/members/${member.accountId}`).subscribe({
      next: () => {
        this.done.set(this.t('projects.members.removed', { name: member.name }));
        this.groupChanged.emit();
      },
      error: (error: unknown) => this.removeProblem.set(toFormProblem(error, this.t('common.networkError')).message),
    });
  }
}
