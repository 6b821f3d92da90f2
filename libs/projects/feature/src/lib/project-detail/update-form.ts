import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ProgressUpdateView, ProjectDetail, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Alert, checkForm, defineFields, ErrorSummary, Field, FieldControl, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { PhotoPicker } from '../photos/photo-picker';

/** The statuses a project group sets itself (the API's MEMBER_STATUSES); candidate and selected come from the stemweek. */
const MEMBER_STATUSES: readonly ProjectStatus[] = ['in-progress', 'done', 'paused', 'stopped'];
/** The API takes at most 6 photos per update. */
const MAX_PHOTOS = 6;

/** "Voortgang delen": a member posts text, photos, new progress, status or a milestone reached (POST /api/projects/:id/updates). */
@Component({
  selector: 'wd-update-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Field, FieldControl, ErrorSummary, Alert, PhotoPicker],
  templateUrl: './update-form.html',
})
export class UpdateForm {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly project = input.required<ProjectDetail>();
  readonly updatePosted = output<ProgressUpdateView>();

  protected readonly statuses = MEMBER_STATUSES;
  protected readonly maxPhotos = MAX_PHOTOS;
  protected readonly fields = defineFields('update', {
    body: { label: 'projects.post.body', hint: 'projects.post.body.hint' },
    photoIds: { label: 'projects.post.photos' },
    progress: { label: 'projects.post.progress', hint: 'projects.post.progress.hint' },
    status: { label: 'projects.post.status' },
    milestoneId: { label: 'projects.post.milestone' },
  });
  protected readonly form = inject(FormBuilder).group({
    body: ['', Validators.required],
    progress: [null as number | null],
    status: [''],
    milestoneId: [''],
  });
  protected readonly openMilestones = computed(() => this.project().milestones.filter((milestone) => !milestone.doneAt));
  protected readonly photoIds = signal<string[]>([]);
  protected readonly uploading = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  protected postUpdate(): void {
    if (this.busy()) return;
    this.done.set(false);
    const problem = this.uploading()
      ? { status: 0, code: 'CLIENT' as const, message: this.t('projects.photos.wait'), fields: {}, other: [] }
      : checkForm(this.form, this.t);
    this.problem.set(problem);
    if (problem) return;
    const { body, progress, status, milestoneId } = this.form.getRawValue();
    const request = {
      body: body ?? '',
      ...(progress !== null && progress !== undefined ? { progress } : {}),
      ...(status ? { status } : {}),
      ...(milestoneId ? { milestoneId } : {}),
      ...(this.photoIds().length ? { photoIds: this.photoIds() } : {}),
    };
    this.busy.set(true);
    this.http.post<ProgressUpdateView>(`/api/projects/${this.project().id}/updates`, request).subscribe({
      next: (update) => {
        this.busy.set(false);
        this.form.reset({ body: '', progress: null, status: '', milestoneId: '' });
        this.photoIds.set([]);
        this.done.set(true);
        this.updatePosted.emit(update);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toFormProblem(error, this.t('common.networkError')));
      },
    });
  }
}
