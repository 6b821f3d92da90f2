import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { ProposalDetail, ThemeSummary } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, Notice, toFormProblem } from '@wijkdeal/shared-ui';
import { PhotoPicker } from '../photos/photo-picker';

/** A resident proposes an idea in a theme (POST /api/proposals); then the idea's own page opens. */
@Component({
  selector: 'wd-new-idea-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, Field, FieldControl, ErrorSummary, Alert, PhotoPicker],
  templateUrl: './new-idea-page.html',
})
export class NewIdeaPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly account = inject(Session).account;

  /** Query parameter: a theme slug to start with. */
  readonly thema = input<string>();

  protected readonly fields = defineFields('idea', {
    title: { label: 'ideas.new.field.title', hint: 'ideas.new.field.title.hint' },
    description: { label: 'ideas.new.field.description', hint: 'ideas.new.field.description.hint' },
    themeId: { label: 'ideas.new.field.theme' },
    place: { label: 'ideas.new.field.place', hint: 'ideas.new.field.place.hint' },
    estimatedCost: { label: 'ideas.new.field.cost', hint: 'ideas.new.field.cost.hint' },
    photoId: { label: 'ideas.new.field.photo' },
  });
  protected readonly form = inject(FormBuilder).group({
    title: ['', Validators.required],
    description: ['', Validators.required],
    themeId: ['', Validators.required],
    place: [''],
    estimatedCost: [null as number | null],
  });
  protected readonly themes = signal<ThemeSummary[]>([]);
  protected readonly photoIds = signal<string[]>([]);
  protected readonly uploading = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    this.http.get<ThemeSummary[]>('/api/themes').subscribe({ next: (themes) => this.themes.set(themes), error: () => this.themes.set([]) });
    effect(() => {
      const slug = this.thema();
      const theme = this.themes().find((candidate) => candidate.slug === slug);
      if (theme) untracked(() => this.form.controls.themeId.setValue(theme.id));
    });
  }

  protected proposeIdea(): void {
    if (this.busy()) return;
    const problem = this.uploading() ? { status: 0, code: 'CLIENT' as const, message: this.t('projects.photos.wait'), fields: {}, other: [] } : checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { title, description, themeId, place, estimatedCost } = this.form.getRawValue();
    const photoId = this.photoIds()[0];
    const request = {
      title: title ?? '',
      description: description ?? '',
      themeId: themeId ?? '',
      ...(place?.trim() ? { place: place.trim() } : {}),
      ...(estimatedCost !== null && estimatedCost !== undefined ? { estimatedCost } : {}),
      ...(photoId ? { photoId } : {}),
    };
    this.busy.set(true);
    this.http.post<ProposalDetail>('/api/proposals', request).subscribe({
      next: (idea) => {
        this.notice.showAfterNavigation('ideas.new.done');
        void this.router.navigate(['/ideeen', idea.id]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
