import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { Page, ProjectSummary, ThemeContactView, ThemeDetail } from '@wijkdeal/shared-contracts';
import { Alert, I18n, PageTitle, ProjectCard } from '@wijkdeal/shared-ui';
import { ThemeContactsAdmin } from './theme-contacts-admin';
import { ThemeEditForm } from './theme-edit-form';
import { ThemeFollow } from './theme-follow';

type ThemeLoad = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'failed' } | { kind: 'loaded'; theme: ThemeDetail };
type ProjectsLoad = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; projects: ProjectSummary[] };

/** One theme: its texts, contact persons and projects; residents follow it; admins edit the texts and the contacts. */
@Component({
  selector: 'wd-theme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ProjectCard, ThemeEditForm, ThemeContactsAdmin, ThemeFollow],
  templateUrl: './theme-page.html',
})
export class ThemePage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly isAdmin = inject(Session).isAdmin;

  /** Route parameter. */
  readonly slug = input.required<string>();

  protected readonly theme = signal<ThemeLoad>({ kind: 'loading' });
  protected readonly projects = signal<ProjectsLoad>({ kind: 'loading' });

  constructor() {
    inject(PageTitle).use(() => {
      const load = this.theme();
      if (load.kind === 'loaded') return this.pick(load.theme.name);
      return this.t(load.kind === 'not-found' ? 'themes.detail.notFound.title' : 'themes.list.title');
    });
    effect(() => this.fetch(this.slug()));
  }

  protected showSaved(theme: ThemeDetail): void {
    this.theme.set({ kind: 'loaded', theme });
  }

  protected showContacts(theme: ThemeDetail, contacts: ThemeContactView[]): void {
    this.theme.set({ kind: 'loaded', theme: { ...theme, contacts } });
  }

  private fetch(slug: string): void {
    this.theme.set({ kind: 'loading' });
    this.projects.set({ kind: 'loading' });
    this.http.get<ThemeDetail>(`/api/themes/${encodeURIComponent(slug)}`).subscribe({
      next: (theme) => this.theme.set({ kind: 'loaded', theme }),
      error: (error: unknown) => this.theme.set({ kind: error instanceof HttpErrorResponse && error.status === 404 ? 'not-found' : 'failed' }),
    });
    this.http.get<Page<ProjectSummary>>('/api/projects', { params: { theme: slug, pageSize: 100 } }).subscribe({
      next: (page) => this.projects.set({ kind: 'loaded', projects: page.items }),
      error: () => this.projects.set({ kind: 'failed' }),
    });
  }
}
