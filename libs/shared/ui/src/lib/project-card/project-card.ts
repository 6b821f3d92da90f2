import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProjectSummary } from '@wijkdeal/shared-contracts';
import { I18n } from '../i18n/i18n';
import { ProgressBar } from './progress-bar';

/** A project in a list: title (a link to its page), summary, theme, status in words and progress. */
@Component({
  selector: 'wd-project-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProgressBar],
  host: { class: 'card project-card' },
  templateUrl: './project-card.html',
})
export class ProjectCard {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  readonly project = input.required<ProjectSummary>();
  /** 2 on a page of projects, 3 under a section heading. */
  readonly headingLevel = input<2 | 3>(2);
  readonly showTheme = input(true);

  protected readonly statusText = computed(() => this.t(`project.status.${this.project().status}`));
}
