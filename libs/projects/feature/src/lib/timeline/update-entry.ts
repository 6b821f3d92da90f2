import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, linkedSignal, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { LocalizedText, ProgressUpdateView } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { ModerationControls } from '../moderation/moderation-controls';
import { ReportForm } from '../report/report-form';
import { RichText } from '../rich-text/rich-text';
import { UpdateEditForm } from './update-edit-form';

export type UpdateWithProject = ProgressUpdateView & { project?: { id: string; slug: string; title: LocalizedText } };

/**
 * One progress update: who, when, the text, what changed (progress, status, milestone), photos, edit and hide marks.
 * The author (or an admin) edits the text in place; admins hide or show it; anyone reports it.
 */
@Component({
  selector: 'wd-update-entry',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, RichText, ReportForm, ModerationControls, UpdateEditForm],
  host: { class: 'update' },
  template: `
    <article [attr.aria-labelledby]="'update-' + shown().id">
      <h3 class="update__title" [id]="'update-' + shown().id">@if (shown().project; as project) {<a [routerLink]="['/projecten', project.slug]">{{ pick(project.title) }}</a>} @else {<ng-container>{{ t('projects.update.heading', { date: day() }) }}</ng-container>}</h3>
      <p class="update__meta">
        {{ t('projects.update.by', { name: shown().authorName }) }},
        <time [attr.datetime]="shown().createdAt">{{ formatDateTime(shown().createdAt) }}</time>
        @if (shown().edited; as edited) {
          <span class="update__edited"> ({{ t(edited.byAdmin ? 'projects.update.corrected' : 'projects.update.edited') }})</span>
        }
      </p>
      @if (saved()) {
        <wd-alert kind="success" [takeFocus]="true"><p>{{ t('projects.update.editSaved') }}</p></wd-alert>
      }
      @if (shown().hidden; as hidden) {
        <p class="hidden-note">
          {{ t('projects.hiddenByAdmin', { reason: hidden.reason }) }}
          @if (shown().body) {
            <br />{{ t('moderation.adminStillSees') }}
          }
        </p>
      }
      @if (editing()) {
        <wd-update-edit-form [update]="shown()" (saved)="showEdited($event)" (cancelled)="stopEditing()" />
      } @else if (shown().body) {
        <wd-rich-text [text]="shown().body" />
      }
      @if (shown().progress !== null || shown().status || shown().milestone) {
        <ul class="update__changes">
          @if (shown().progress !== null) {
            <li>{{ t('projects.update.progress', { percent: shown().progress ?? 0 }) }}</li>
          }
          @if (shown().status; as status) {
            <li>{{ t('projects.update.status', { status: t('project.status.' + status) }) }}</li>
          }
          @if (shown().milestone; as milestone) {
            <li>{{ t('projects.update.milestone', { title: milestone.title }) }}</li>
          }
        </ul>
      }
      @if (shown().photoIds.length) {
        <ul class="update__photos">
          @for (photoId of shown().photoIds; track photoId; let index = $index) {
            <li><img [src]="'/api/photos/' + photoId" [alt]="photoAlt(index)" loading="lazy" /></li>
          }
        </ul>
      }
      @if (canEdit() && !editing()) {
        <p>
          <button #editButton type="button" class="button button--secondary" (click)="startEditing()">
            {{ t('projects.update.edit') }}<span class="visually-hidden">: {{ subject() }}</span>
          </button>
        </p>
      }
      <wd-moderation-controls targetType="update" [targetId]="shown().id" [hiddenReason]="shown().hidden?.reason ?? null" [subject]="subject()" (hiddenChanged)="showHidden($event)" />
      @if (!shown().hidden) {
        <wd-report-form targetType="update" [targetId]="shown().id" [subject]="subject()" />
      }
    </article>
  `,
})
export class UpdateEntry {
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly isAdmin = inject(Session).isAdmin;
  private readonly editButton = viewChild<ElementRef<HTMLButtonElement>>('editButton');
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly formatDateTime = this.i18n.formatDateTime;

  readonly update = input.required<UpdateWithProject>();

  /** The update as last saved here (edited, hidden, shown); a new input from the page replaces it. */
  protected readonly shown = linkedSignal(() => this.update());
  protected readonly editing = signal(false);
  protected readonly saved = signal(false);
  protected readonly day = computed(() => this.i18n.formatDate(this.shown().createdAt));
  protected readonly subject = computed(() => this.t('projects.report.subjectUpdate', { date: this.day() }));
  // A hidden update has no text for its author to start from; only an admin still sees (and may correct) it.
  protected readonly canEdit = computed(() => this.shown().canEdit && (!this.shown().hidden || this.isAdmin()));

  protected photoAlt(index: number): string {
    const count = this.shown().photoIds.length;
    return count === 1 ? this.t('projects.update.photo', { date: this.day() }) : this.t('projects.update.photoNumber', { number: index + 1, count, date: this.day() });
  }

  protected startEditing(): void {
    this.saved.set(false);
    this.editing.set(true);
  }

  protected stopEditing(): void {
    this.editing.set(false);
    afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected showEdited(update: ProgressUpdateView): void {
    this.shown.update((current) => ({ ...current, ...update }));
    this.editing.set(false);
    this.saved.set(true);
  }

  protected showHidden(reason: string | null): void {
    this.shown.update((current) => ({ ...current, hidden: reason === null ? null : { reason } }));
  }
}
