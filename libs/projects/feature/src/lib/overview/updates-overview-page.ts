import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ProjectSummary, UpdatesOverview } from '@wijkdeal/shared-contracts';
import { Alert, I18n, ProjectCard } from '@wijkdeal/shared-ui';
import { UpdateEntry, UpdateWithProject } from '../timeline/update-entry';

const PAGE_SIZE = 10;

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; updates: UpdateWithProject[]; running: ProjectSummary[]; more: boolean };

/** "Ontwikkelingen van projecten": the latest updates of all projects, and the running projects at a glance. */
@Component({
  selector: 'wd-updates-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert, ProjectCard, UpdateEntry],
  template: `
    <h1>{{ t('overview.title') }}</h1>
    <p class="lead">{{ t('overview.intro') }}</p>
    @if (load(); as load) {
      @if (load.kind === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load.kind === 'failed') {
        <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
      } @else {
        <section class="section" aria-labelledby="overview-running-title">
          <h2 id="overview-running-title">{{ t('overview.running.title') }}</h2>
          @if (load.running.length) {
            <ul class="plain-list card-grid">
              @for (project of load.running; track project.id) {
                <li><wd-project-card [project]="project" [headingLevel]="3" /></li>
              }
            </ul>
          } @else {
            <p>{{ t('overview.running.none') }}</p>
          }
        </section>

        <section class="section" aria-labelledby="overview-updates-title">
          <h2 id="overview-updates-title">{{ t('overview.updates.title') }}</h2>
          @if (load.updates.length) {
            <ol class="timeline">
              @for (update of load.updates; track update.id) {
                <li><wd-update-entry [update]="update" /></li>
              }
            </ol>
            @if (load.more) {
              <p><button type="button" class="button button--secondary" [attr.aria-disabled]="busy() || null" (click)="showOlderUpdates()">{{ t('overview.updates.more') }}</button></p>
            }
          } @else {
            <p>{{ t('overview.updates.none') }}</p>
          }
          <p class="action-status" role="status">{{ status() }}</p>
          <p><a href="/api/feeds/updates.atom">{{ t('overview.feed') }}</a></p>
        </section>
      }
    }
  `,
})
export class UpdatesOverviewPage {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  private page = 1;

  constructor() {
    this.fetch(1);
  }

  protected showOlderUpdates(): void {
    if (this.busy()) return;
    this.fetch(this.page + 1);
  }

  private fetch(page: number): void {
    this.busy.set(true);
    this.http.get<UpdatesOverview>('/api/updates', { params: { page, pageSize: PAGE_SIZE } }).subscribe({
      next: (overview) => {
        this.busy.set(false);
        this.page = page;
        const earlier = this.load();
        const updates = earlier.kind === 'loaded' && page > 1 ? [...earlier.updates, ...overview.updates] : overview.updates;
        this.load.set({ kind: 'loaded', updates, running: overview.selected, more: overview.updates.length === PAGE_SIZE });
        if (page > 1) this.status.set(this.t('overview.updates.added', { count: overview.updates.length }));
      },
      error: () => {
        this.busy.set(false);
        if (page === 1) this.load.set({ kind: 'failed' });
        else this.status.set(this.t('common.loadFailed'));
      },
    });
  }
}
