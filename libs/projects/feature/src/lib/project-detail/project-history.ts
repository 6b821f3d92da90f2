import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DecisionView, ProjectStemweekEntry } from '@wijkdeal/shared-contracts';
import { I18n } from '@wijkdeal/shared-ui';

type Load<T> = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; items: T[] };

function loaded<T>(load: Load<T>): T[] {
  return load.kind === 'loaded' ? load.items : [];
}

/**
 * Where the project comes from: the koplopers' decisions about it (GET /api/projects/:id/decisions) and its
 * place in each published stemweek (GET /api/projects/:id/stemweeks).
 */
@Component({
  selector: 'wd-project-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  styles: `
    :host {
      display: block;
    }
    .history-list > li {
      margin-bottom: 0.75rem;
    }
    .history-list p {
      margin: 0;
    }
  `,
  template: `
    <section class="section" aria-labelledby="project-decisions-title">
      <h2 id="project-decisions-title">{{ t('projects.decisions.title') }}</h2>
      @switch (decisions().kind) {
        @case ('loading') {
          <p role="status">{{ t('common.loading') }}</p>
        }
        @case ('failed') {
          <p>{{ t('common.loadFailed') }}</p>
        }
        @default {
          @if (decisionItems().length) {
            <ul class="history-list">
              @for (decision of decisionItems(); track decision.id) {
                <li>
                  <p>{{ decision.text }}</p>
                  <p class="muted">
                    <a [routerLink]="['/koplopers/overleg', decision.meetingId]">{{ t('projects.decisions.meeting', { date: formatDate(decision.meetingStartsAt) }) }}</a>
                  </p>
                </li>
              }
            </ul>
          } @else {
            <p>{{ t('projects.decisions.none') }}</p>
          }
        }
      }
    </section>

    <section class="section" aria-labelledby="project-stemweeks-title">
      <h2 id="project-stemweeks-title">{{ t('projects.stemweeks.title') }}</h2>
      @switch (stemweeks().kind) {
        @case ('loading') {
          <p role="status">{{ t('common.loading') }}</p>
        }
        @case ('failed') {
          <p>{{ t('common.loadFailed') }}</p>
        }
        @default {
          @if (stemweekItems().length) {
            <ul class="history-list">
              @for (entry of stemweekItems(); track entry.stemweekId) {
                <li>
                  <p><a [routerLink]="['/stemweek', entry.stemweekId, 'uitslag']">{{ pick(entry.title) }}</a></p>
                  <p>{{ describe(entry) }}</p>
                </li>
              }
            </ul>
          } @else {
            <p>{{ t('projects.stemweeks.none') }}</p>
          }
        }
      }
    </section>
  `,
})
export class ProjectHistory {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDate = this.i18n.formatDate;

  readonly projectId = input.required<string>();

  protected readonly decisions = signal<Load<DecisionView>>({ kind: 'loading' });
  protected readonly stemweeks = signal<Load<ProjectStemweekEntry>>({ kind: 'loading' });
  protected readonly decisionItems = computed(() => loaded(this.decisions()));
  protected readonly stemweekItems = computed(() => loaded(this.stemweeks()));

  constructor() {
    effect(() => this.fetch(this.projectId()));
  }

  /** "plaats 3 (gedeelde plaats) · score 120 · 45 stemmen · gekozen" */
  protected describe(entry: ProjectStemweekEntry): string {
    return [
      this.t('projects.stemweeks.rank', { rank: entry.rank }) + (entry.tied ? ` (${this.t('projects.stemweeks.tied')})` : ''),
      this.t('projects.stemweeks.score', { score: entry.score }),
      this.i18n.plural('projects.stemweeks.votes', entry.votes),
      ...(entry.selected ? [this.t('projects.stemweeks.selected')] : []),
    ].join(' · ');
  }

  private fetch(projectId: string): void {
    this.decisions.set({ kind: 'loading' });
    this.stemweeks.set({ kind: 'loading' });
    this.http.get<DecisionView[]>(`/api/projects/${projectId}/decisions`).subscribe({
      next: (items) => this.decisions.set({ kind: 'loaded', items }),
      error: () => this.decisions.set({ kind: 'failed' }),
    });
    this.http.get<ProjectStemweekEntry[]>(`/api/projects/${projectId}/stemweeks`).subscribe({
      next: (items) => this.stemweeks.set({ kind: 'loaded', items }),
      error: () => this.stemweeks.set({ kind: 'failed' }),
    });
  }
}
