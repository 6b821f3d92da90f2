import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { MilestoneView, ProjectDetail } from '@wijkdeal/shared-contracts';
import { Alert, I18n, PageTitle, ProgressBar, toFormProblem } from '@wijkdeal/shared-ui';
import { RichText } from '../rich-text/rich-text';
import { UpdateEntry } from '../timeline/update-entry';
import { JoinRequestForm } from './join-request-form';
import { JoinRequests } from './join-requests';
import { MilestoneForm } from './milestone-form';
import { ProjectHistory } from './project-history';
import { ProjectManageForm } from './project-manage-form';
import { ProjectMembersAdmin } from './project-members-admin';
import { UpdateForm } from './update-form';

type Load = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; project: ProjectDetail };

/**
 * One project: facts, progress, history, group, milestones and the timeline of updates; members post updates here,
 * and the people who manage it change its texts, status and group.
 */
@Component({
  selector: 'wd-project-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ProgressBar, RichText, UpdateEntry, UpdateForm, MilestoneForm, JoinRequestForm, JoinRequests, ProjectHistory, ProjectManageForm, ProjectMembersAdmin],
  templateUrl: './project-page.html',
  styles: `
    .milestones__action {
      flex-basis: 100%;
      margin-top: 0.5rem;
    }
  `,
})
export class ProjectPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  // The "Gehaald" button goes away once pressed: the keyboard continues from the message that says so.
  private readonly milestoneStatusText = viewChild<ElementRef<HTMLElement>>('milestoneStatusText');
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly plural = this.i18n.plural;
  protected readonly formatDate = this.i18n.formatDate;
  protected readonly formatEuros = this.i18n.formatEuros;
  protected readonly signedIn = inject(Session).signedIn;

  /** Route parameter. */
  readonly slug = input.required<string>();

  protected readonly load = signal<Load>({ kind: 'loading' });
  protected readonly followBusy = signal(false);
  protected readonly followStatus = signal('');
  protected readonly milestoneBusy = signal(false);
  protected readonly milestoneStatus = signal('');
  protected readonly returnUrl = computed(() => `/projecten/${this.slug()}`);

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.load();
      if (load.kind === 'loaded') return this.pick(load.project.title);
      return this.t(load.kind === 'not-found' ? 'projects.detail.notFound.title' : 'projects.list.title');
    });
    effect(() => this.fetch(this.slug(), true));
  }

  /** After a change on this page: fetch again without the loading state, so focus and scroll stay put. */
  protected reload(): void {
    this.fetch(this.slug(), false);
  }

  protected showSaved(project: ProjectDetail): void {
    this.load.set({ kind: 'loaded', project });
  }

  protected markMilestoneDone(project: ProjectDetail, milestone: MilestoneView): void {
    if (this.milestoneBusy()) return;
    this.milestoneBusy.set(true);
    this.milestoneStatus.set('');
    this.http.patch<MilestoneView>(`/api/projects/${project.id}/milestones/${milestone.id}`, { done: true }).subscribe({
      next: (saved) => {
        this.milestoneBusy.set(false);
        this.milestoneStatus.set(this.t('projects.milestones.markedDone', { title: saved.title }));
        const milestones = project.milestones.map((candidate) => (candidate.id === saved.id ? saved : candidate));
        this.load.set({ kind: 'loaded', project: { ...project, milestones } });
        afterNextRender(() => this.milestoneStatusText()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (error: unknown) => {
        this.milestoneBusy.set(false);
        this.milestoneStatus.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  protected toggleFollow(): void {
    const load = this.load();
    if (load.kind !== 'loaded' || this.followBusy()) return;
    const project = load.project;
    const follow = !project.followedByMe;
    const url = `/api/follows/project/${project.id}`;
    this.followBusy.set(true);
    (follow ? this.http.put<void>(url, {}) : this.http.delete<void>(url)).subscribe({
      next: () => {
        this.followBusy.set(false);
        this.load.set({ kind: 'loaded', project: { ...project, followedByMe: follow, followerCount: Math.max(0, project.followerCount + (follow ? 1 : -1)) } });
        this.followStatus.set(this.t(follow ? 'projects.follow.started' : 'projects.follow.stopped'));
      },
      error: (error: unknown) => {
        this.followBusy.set(false);
        this.followStatus.set(toFormProblem(error, this.t('common.networkError')).message);
      },
    });
  }

  private fetch(slug: string, showLoading: boolean): void {
    if (showLoading) this.load.set({ kind: 'loading' });
    this.http.get<ProjectDetail>(`/api/projects/${encodeURIComponent(slug)}`).subscribe({
      next: (project) => this.load.set({ kind: 'loaded', project }),
      error: (error: unknown) => {
        if (!showLoading && this.load().kind === 'loaded') return;
        this.load.set({ kind: error instanceof HttpErrorResponse && error.status === 404 ? 'not-found' : 'failed' });
      },
    });
  }
}
