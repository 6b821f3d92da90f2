import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { errorCode, FieldSpec, FormProblem, I18n, toFormProblem } from '@wijkdeal/shared-ui';

/** The API's limit (PHOTO_MAX_BYTES); checked here too, so nobody uploads 20 MB over a phone connection to hear "no". */
const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Choose photos; each is uploaded at once (POST /api/photos), so a wrong file is refused right away with the API's
 * reason. The ids of the uploaded photos go to the form through `photoIds`.
 */
@Component({
  selector: 'wd-photo-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field photo-picker', '[class.field--invalid]': '!!error()' },
  template: `
    <label class="field__label" [for]="spec().id">{{ t(spec().label) }}</label>
    <p class="field__hint" [id]="spec().id + '-hint'">{{ t(multiple() ? 'projects.photos.hintMany' : 'projects.photos.hintOne', { max: max() }) }}</p>
    @if (error(); as error) {
      <p class="field__error" [id]="spec().id + '-error'"><span class="visually-hidden">{{ t('common.alert.error') }}: </span>{{ error }}</p>
    }
    <input
      type="file"
      [id]="spec().id"
      accept="image/jpeg,image/png,image/webp"
      [multiple]="multiple()"
      [attr.aria-describedby]="spec().id + '-hint' + (error() ? ' ' + spec().id + '-error' : '')"
      [attr.aria-invalid]="error() ? 'true' : null"
      (change)="uploadChosen($event)"
    />
    <p class="photo-picker__status" role="status">{{ status() }}</p>
    @if (photoIds().length) {
      <ul class="photo-picker__list">
        @for (id of photoIds(); track id; let index = $index) {
          <li>
            <img [src]="'/api/photos/' + id" [alt]="t('projects.photos.chosen', { number: index + 1 })" width="96" height="72" />
            <button type="button" class="button button--secondary" (click)="removePhoto(id, index)">{{ t('projects.photos.remove', { number: index + 1 }) }}</button>
          </li>
        }
      </ul>
    }
  `,
})
export class PhotoPicker {
  private readonly http = inject(HttpClient);
  protected readonly t = inject(I18n).t;

  readonly spec = input.required<FieldSpec>();
  /** The form's last failed submit, for a message about this field (e.g. `photoIds`). */
  readonly problem = input<FormProblem | null>(null);
  readonly multiple = input(false);
  readonly max = input(1);
  readonly photoIds = model<string[]>([]);
  /** True while a photo is on its way; the form waits for it. */
  readonly uploading = model(false);

  private readonly uploadError = signal('');
  protected readonly status = signal('');
  protected readonly error = computed(() => this.uploadError() || this.problem()?.fields[this.spec().name] || '');
  private pending = 0;

  protected uploadChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    let files = Array.from(input.files ?? []);
    input.value = '';
    const errors: string[] = [];
    const room = this.max() - this.photoIds().length;
    if (files.length > room) {
      errors.push(this.t('projects.photos.tooMany', { max: this.max() }));
      files = files.slice(0, Math.max(0, room));
    }
    for (const file of files) {
      if (file.size > PHOTO_MAX_BYTES) errors.push(this.t('projects.photos.tooLarge', { name: file.name }));
      else this.upload(file, errors);
    }
    this.uploadError.set(errors.join(' '));
  }

  protected removePhoto(id: string, index: number): void {
    this.photoIds.update((ids) => ids.filter((candidate) => candidate !== id));
    this.status.set(this.t('projects.photos.removed', { number: index + 1 }));
  }

  /** Forget the chosen photos, after the form was sent. */
  clear(): void {
    this.photoIds.set([]);
    this.uploadError.set('');
    this.status.set('');
  }

  private upload(file: File, errors: string[]): void {
    this.pending += 1;
    this.uploading.set(true);
    this.status.set(this.t('projects.photos.uploading', { name: file.name }));
    const form = new FormData();
    form.append('file', file, file.name);
    this.http.post<{ id: string }>('/api/photos', form).subscribe({
      next: ({ id }) => {
        this.photoIds.update((ids) => [...ids, id]);
        this.finish(this.t('projects.photos.added', { name: file.name }));
      },
      error: (error: unknown) => {
        const message = errorCode(error) === 'PAYLOAD_TOO_LARGE' ? this.t('projects.photos.tooLarge', { name: file.name }) : `${file.name}: ${toFormProblem(error, this.t('common.networkError')).message}`;
        errors.push(message);
        this.uploadError.set(errors.join(' '));
        this.finish(message);
      },
    });
  }

  private finish(status: string): void {
    this.pending -= 1;
    this.uploading.set(this.pending > 0);
    this.status.set(status);
  }
}
