import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MeetingDetail } from '@wijkdeal/shared-contracts';
import { Alert, I18n, PageTitle, Paragraphs } from '@wijkdeal/shared-ui';
import { ActionItemForm } from './action-item-form';
import { ActionItemSummary } from './action-item-summary';
import { AttendanceForm } from './attendance-form';
import { DecisionForm } from './decision-form';
import { MinutesForm } from './minutes-form';

type Load = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; meeting: MeetingDetail };

/**
 * One koplopers meeting. Everyone reads the agenda, the public minutes and the decisions; koplopers and admins
 * (the API says so with `canEdit`) also see attendance, the private minutes and the action items, and edit them here.
 */
@Component({
  selector: 'wd-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, Paragraphs, ActionItemSummary, AttendanceForm, MinutesForm, DecisionForm, ActionItemForm],
  templateUrl: './meeting-page.html',
  styles: `
    .agenda > li + li, .decisions > li + li, .action-items > li + li { margin-top: 0.75rem; }
    .decision__effect { margin: 0; }
    .section--admin > section, wd-minutes-form, wd-decision-form, wd-action-item-form { display: block; margin-top: 1.5rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
  `,
})
export class MeetingPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDay = this.i18n.formatDay;
  protected readonly formatTime = this.i18n.formatTime;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      if (load.kind === 'loaded') return `${load.meeting.title}, ${this.formatDay(load.meeting.startsAt)}`;
      return this.t(load.kind === 'not-found' ? 'meetings.meeting.notFound.title' : 'meetings.list.title');
    });
    effect(() => this.fetch(this.id(), true));
  }

  /** A form saved and the API answered with the whole meeting. */
  protected showMeeting(meeting: MeetingDetail): void {
    this.load.set({ kind: 'loaded', meeting });
  }

  /** A form added a decision or action item: fetch again without the loading state, so focus and scroll stay put. */
  protected reload(): void {
    this.fetch(this.id(), false);
  }

  private fetch(id: string, showLoading: boolean): void {
    if (showLoading) this.load.set({ kind: 'loading' });
    this.http.get<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`).subscribe({
      next: (meeting) => this.load.set({ kind: 'loaded', meeting }),
      error: (error: unknown) => {
        if (!showLoading && this.load().kind === 'loaded') return;
        const missing = error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
        this.load.set({ kind: missing ? 'not-found' : 'failed' });
      },
    });
  }
}
