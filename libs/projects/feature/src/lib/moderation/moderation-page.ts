import { HttpClient } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { ContentReportView, ReportTarget } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { ModerationControls } from './moderation-controls';

/** One row of GET /api/reports. */
export type OpenReport = ContentReportView;

/** Everything reported about one idea or update: hiding it closes all of them at once. */
interface ReportedItem {
  key: string;
  targetType: ReportTarget;
  targetId: string;
  link: string;
  excerpt: string;
  firstReportedAt: string;
  reports: OpenReport[];
}

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; items: ReportedItem[] };

function groupByTarget(reports: OpenReport[]): ReportedItem[] {
  const items = new Map<string, ReportedItem>();
  // The API lists the oldest first, so the first report of a target is its oldest.
  for (const report of reports) {
    const key = `${report.targetType}:${report.targetId}`;
    const item = items.get(key) ?? { key, targetType: report.targetType, targetId: report.targetId, link: report.link, excerpt: report.excerpt, firstReportedAt: report.createdAt, reports: [] };
    item.reports.push(report);
    items.set(key, item);
  }
  return [...items.values()];
}

/**
 * /beheer/meldingen: what visitors reported, oldest first, one entry per idea or update. An admin hides it with a
 * reason everyone sees; then its reports are dealt with and it leaves the list.
 */
@Component({
  selector: 'wd-moderation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ModerationControls],
  styles: `
    .reported-item {
      padding: 1rem 0;
      border-top: 1px solid var(--line);
    }
    .reported-item h3 {
      margin-top: 0;
    }
    .reported-item__excerpt {
      margin: 0.5rem 0;
      padding-left: 0.75rem;
      border-left: 3px solid var(--line);
      overflow-wrap: anywhere;
    }
    .reported-item__reasons {
      padding-left: 1.25rem;
      overflow-wrap: anywhere;
    }
  `,
  template: `
    <h1>{{ t('moderation.title') }}</h1>

    @if (!isAdmin()) {
      <wd-alert kind="warning"><p>{{ t('moderation.adminsOnly') }}</p></wd-alert>
    } @else {
      <p class="lead">{{ t('moderation.intro') }}</p>
      <p #statusText class="action-status" role="status" tabindex="-1">{{ status() }}</p>

      @switch (load().kind) {
        @case ('loading') {
          <p role="status">{{ t('common.loading') }}</p>
        }
        @case ('failed') {
          <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
        }
        @default {
          <h2 class="results-count">{{ plural('moderation.count', reportCount()) }}</h2>
          @if (items().length === 0) {
            <p>{{ t('moderation.none') }}</p>
          } @else {
            <ul class="plain-list">
              @for (item of items(); track item.key) {
                <li class="reported-item">
                  <article [attr.aria-labelledby]="'reported-' + item.key">
                    <h3 [id]="'reported-' + item.key">{{ t('moderation.type.' + item.targetType) }}</h3>
                    <p class="muted">{{ t('moderation.firstReported', { date: formatDateTime(item.firstReportedAt) }) }}</p>
                    <blockquote class="reported-item__excerpt">{{ item.excerpt }}</blockquote>
                    <p><a [routerLink]="item.link">{{ t(item.targetType === 'proposal' ? 'moderation.viewIdea' : 'moderation.viewProject') }}<span class="visually-hidden">: {{ subject(item) }}</span></a></p>
                    <h4>{{ t('moderation.reasons') }}</h4>
                    <ul class="reported-item__reasons">
                      @for (report of item.reports; track report.id) {
                        <li>{{ report.reason }} <span class="muted">({{ formatDateTime(report.createdAt) }})</span></li>
                      }
                    </ul>
                    <wd-moderation-controls [targetType]="item.targetType" [targetId]="item.targetId" [subject]="subject(item)" (hiddenChanged)="resolve(item)" />
                  </article>
                </li>
              }
            </ul>
          }
        }
      }
    }
  `,
})
export class ModerationPage {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly statusText = viewChild<ElementRef<HTMLElement>>('statusText');
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDateTime = this.i18n.formatDateTime;
  protected readonly isAdmin = inject(Session).isAdmin;

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly items = computed(() => {
    const load = this.load();
    return load.kind === 'loaded' ? load.items : [];
  });
  protected readonly reportCount = computed(() => this.items().reduce((count, item) => count + item.reports.length, 0));
  protected readonly status = signal('');

  constructor() {
    effect(() => {
      if (this.isAdmin()) untracked(() => this.fetch());
    });
  }

  protected subject(item: ReportedItem): string {
    const date = this.formatDateTime(item.firstReportedAt);
    return this.t(item.targetType === 'proposal' ? 'moderation.subjectIdea' : 'moderation.subjectUpdate', { date });
  }

  /** Hidden: the API closed its reports, so it leaves the list; the keyboard continues from the message. */
  protected resolve(item: ReportedItem): void {
    this.load.set({ kind: 'loaded', items: this.items().filter((candidate) => candidate.key !== item.key) });
    this.status.set(this.t('moderation.resolved'));
    afterNextRender(() => this.statusText()?.nativeElement.focus(), { injector: this.injector });
  }

  private fetch(): void {
    this.load.set({ kind: 'loading' });
    this.http.get<OpenReport[]>('/api/reports').subscribe({
      next: (reports) => this.load.set({ kind: 'loaded', items: groupByTarget(reports) }),
      error: () => this.load.set({ kind: 'failed' }),
    });
  }
}
