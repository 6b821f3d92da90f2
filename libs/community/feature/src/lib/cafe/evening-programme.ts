import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProgrammeItemView } from '@wijkdeal/shared-contracts';
import { I18n } from '@wijkdeal/shared-ui';

/** The programme of an evening in order: pitches (with who presents), project updates and other items. */
@Component({
  selector: 'wd-evening-programme',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (programme().length) {
      <ol class="programme">
        @for (item of programme(); track item.id) {
          <li>
            @if (item.kind === 'project-update' && item.project; as project) {
              <span class="muted">{{ t('community.programme.projectUpdate') }}</span>&ngsp;<a [routerLink]="['/projecten', project.slug]">{{ pick(project.title) }}</a>
            } @else {
              <strong>{{ item.title }}</strong>
              @if (item.kind === 'pitch' && item.presenter) {
                <span class="muted"> · {{ t('community.programme.pitch', { name: item.presenter }) }}</span>
              }
            }
            <span class="muted"> · {{ plural('community.programme.minutes', item.minutes) }}</span>
          </li>
        }
      </ol>
    } @else {
      <p>{{ t('community.evening.programmeNone') }}</p>
    }
  `,
})
export class EveningProgramme {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly pick = this.i18n.pick;

  readonly programme = input.required<ProgrammeItemView[]>();
}
