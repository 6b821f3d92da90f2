import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountSummary, KoploperView, MeetingDetail, Page } from '@wijkdeal/shared-contracts';
import { Alert, defineFields, Field, FieldControl, I18n, toFormProblem } from '@wijkdeal/shared-ui';

interface Person {
  accountId: string;
  name: string;
}

/**
 * Who attended (PUT /api/meetings/:id/attendance). The boxes offer those already recorded, the current koploper
 * ("ik was erbij") and the koplopers on the public page; an admin can also find any account by name, since only
 * admins may search accounts.
 */
@Component({
  selector: 'wd-attendance-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Alert, Field, FieldControl],
  template: `
    <form class="form" (submit)="saveAttendance($event)" novalidate>
      <fieldset class="fieldset" [disabled]="busy()">
        <legend class="fieldset__legend">{{ t('meetings.attendance.legend') }}</legend>
        @if (candidates().length) {
          <div class="choices">
            @for (person of candidates(); track person.accountId) {
              <label class="choice">
                <input type="checkbox" [checked]="selected().has(person.accountId)" (change)="togglePerson(person.accountId, $event)" />
                {{ person.accountId === me()?.id ? t('meetings.attendance.me', { name: person.name }) : person.name }}
              </label>
            }
          </div>
        } @else {
          <p>{{ t('meetings.attendance.noCandidates') }}</p>
        }
      </fieldset>
      <div class="form__actions">
        <button type="submit" class="button" [attr.aria-disabled]="busy() || null">{{ t('meetings.attendance.submit') }}</button>
      </div>
    </form>
    <p class="action-status" role="status">{{ status() }}</p>
    @if (error()) {
      <wd-alert kind="error" [takeFocus]="true"><p>{{ error() }}</p></wd-alert>
    }

    @if (isAdmin()) {
      <form class="form" role="search" [formGroup]="searchForm" (ngSubmit)="searchAccounts()">
        <wd-field [spec]="fields.q">
          <input wdControl type="search" formControlName="q" maxlength="100" spellcheck="false" />
        </wd-field>
        <div class="form__actions">
          <button type="submit" class="button button--secondary">{{ t('meetings.attendance.searchSubmit') }}</button>
        </div>
      </form>
      @if (found(); as found) {
        @if (found.length) {
          <ul class="plain-list actions">
            @for (account of found; track account.id) {
              <li><button type="button" class="button button--secondary" (click)="addPerson(account)">{{ t('meetings.attendance.add', { name: account.displayName }) }}</button></li>
            }
          </ul>
        } @else {
          <p>{{ t('meetings.attendance.noResults') }}</p>
        }
      }
    }
  `,
})
export class AttendanceForm {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  protected readonly t = inject(I18n).t;

  readonly meeting = input.required<MeetingDetail>();
  readonly saved = output<MeetingDetail>();

  protected readonly me = this.session.account;
  protected readonly isAdmin = this.session.isAdmin;
  private readonly publicKoplopers = signal<KoploperView[]>([]);
  private readonly added = signal<Person[]>([]);
  protected readonly candidates = computed(() => {
    const people = new Map<string, Person>();
    const me = this.me();
    for (const person of this.meeting().attendance ?? []) people.set(person.accountId, person);
    if (me) people.set(me.id, { accountId: me.id, name: me.displayName });
    for (const koploper of this.publicKoplopers()) people.set(koploper.accountId, { accountId: koploper.accountId, name: koploper.name });
    for (const person of this.added()) people.set(person.accountId, person);
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });
  protected readonly selected = linkedSignal(() => new Set((this.meeting().attendance ?? []).map((person) => person.accountId)));
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal('');

  protected readonly fields = defineFields('attendance-search', { q: { label: 'meetings.attendance.search', hint: 'meetings.attendance.search.hint' } });
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly found = signal<AccountSummary[] | null>(null);

  constructor() {
    this.http.get<KoploperView[]>('/api/koplopers').subscribe({ next: (koplopers) => this.publicKoplopers.set(koplopers), error: () => undefined });
  }

  protected togglePerson(accountId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(accountId);
      else next.delete(accountId);
      return next;
    });
  }

  protected saveAttendance(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.status.set('');
    this.error.set('');
    this.http.put<MeetingDetail>(`/api/meetings/${this.meeting().id}/attendance`, { accountIds: [...this.selected()] }).subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.status.set(this.t('meetings.attendance.saved'));
        this.saved.emit(meeting);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  protected searchAccounts(): void {
    const q = this.searchForm.getRawValue().q.trim();
    if (!q) return;
    this.http.get<Page<AccountSummary>>('/api/accounts', { params: new HttpParams().set('q', q).set('pageSize', 10) }).subscribe({
      next: (page) => this.found.set(page.items),
      error: (error: unknown) => this.error.set(toFormProblem(error, this.t('common.networkError')).message),
    });
  }

  protected addPerson(account: AccountSummary): void {
    this.added.update((people) => [...people, { accountId: account.id, name: account.displayName }]);
    this.found.set(null);
    this.status.set(this.t('meetings.attendance.added', { name: account.displayName }));
  }
}
