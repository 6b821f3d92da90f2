import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { Page, ProjectSummary, ThemeSummary } from '@wijkdeal/shared-contracts';

/**
 * The themes and projects an agenda item or a decision can point to, fetched once per visit. The API gives at
 * most 100 projects a page; the Wijkdeal has about 25, so one page is all of them.
 */
@Injectable({ providedIn: 'root' })
export class LinkOptions {
  private readonly http = inject(HttpClient);
  private loaded = false;

  readonly themes = signal<ThemeSummary[]>([]);
  readonly projects = signal<ProjectSummary[]>([]);

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.refresh();
  }

  /** After a decision created a project, so it can be chosen right away. */
  refresh(): void {
    this.http.get<ThemeSummary[]>('/api/themes').subscribe({ next: (themes) => this.themes.set(themes), error: () => (this.loaded = false) });
    this.http
      .get<Page<ProjectSummary>>('/api/projects', { params: new HttpParams().set('pageSize', 100) })
      .subscribe({ next: (page) => this.projects.set(page.items), error: () => (this.loaded = false) });
  }
}
