import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { ActionItemView, MeetingDetail, MeetingSummary, Page } from '@wijkdeal/shared-contracts';
import { Alert, I18n, Notice, toFormProblem } from '@wijkdeal/shared-ui';
import { ActionItemSummary } from '../meeting/action-item-summary';
import { KoploperApplications } from './koploper-applications';
import { PlanMeetingForm } from './plan-meeting-form';

/** The koplopers' own page: plan a meeting, the open action items (overdue ones marked), recent meetings; admins also see applications. */
@Component({
  selector: 'wd-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ActionItemSummary, PlanMeetingForm, KoploperApplications],
  templateUrl: './dashboard-page.html',
  styles: `
    .open-items > li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; padding: 0.75rem 0; border-top: 1px solid var(--line); }
    .open-items wd-action-item-summary { flex: 1 1 16rem; }
    .recent .badge { margin-left: 0.5rem; }
  `,
})
export class DashboardPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly formatDay = this.i18n.formatDay;
  protected readonly formatTime = this.i18n.formatTime;

  protected readonly isAdmin = this.session.isAdmin;
  protected readonly isInsider = computed(() => this.session.hasRole('koploper') || this.session.hasRole('admin'));
  protected readonly openItems = signal<ActionItemView[] | null>(null);
  protected readonly recent = signal<MeetingSummary[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly busyIds = signal<ReadonlySet<string>>(new Set());
  protected readonly status = signal('');
  protected readonly error = signal('');

  constructor() {
    if (!this.isInsider()) return;
    this.http.get<ActionItemView[]>('/api/action-items', { params: new HttpParams().set('status', 'open') }).subscribe({
      next: (items) => this.openItems.set(items),
      error: () => this.failed.set(true),
    });
    this.http.get<Page<MeetingSummary>>('/api/meetings', { params: new HttpParams().set('pageSize', 5) }).subscribe({
      next: (page) => this.recent.set(page.items),
      error: () => this.failed.set(true),
    });
  }

  protected openMeeting(meeting: MeetingDetail): void {
    this.notice.showAfterNavigation('meetings.plan.planned');
    void this.router.navigate(['/koplopers/overleg', meeting.id]);
  }

  protected markDone(item: ActionItemView): void {
    if (this.busyIds().has(item.id)) return;
    this.status.set('');
    this.error.set('');
    this.busyIds.update((ids) => new Set(ids).add(item.id));
    this.http.patch<ActionItemView>(`/api/action-items/${item.id}`, { status: 'done' }).subscribe({
      next: () => {
        this.done(item.id);
        this.openItems.update((items) => (items ?? []).filter((candidate) => candidate.id !== item.id));
        this.status.set(this.t('meetings.dashboard.doneSaved', { title: item.title }));
      },
      error: (error: unknown) => {
        this.done(item.id);
        this.error.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  private done(id: string): void {
    this.busyIds.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }
}
