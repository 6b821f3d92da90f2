import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '../i18n/i18n';

/** Previous/next links for a paged list; the page number lives in the `pagina` query parameter. */
@Component({
  selector: 'wd-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="t('pager.label')">
        @if (page() > 1) {
          <a class="button button--secondary" [routerLink]="[]" [queryParams]="{ pagina: page() - 1 }" queryParamsHandling="merge" (click)="pageChange.emit(page() - 1)">
            <span aria-hidden="true">←</span> {{ t('pager.previous') }}
          </a>
        }
        <p class="pager__position">{{ t('pager.position', { page: page(), pages: pages() }) }}</p>
        @if (page() < pages()) {
          <a class="button button--secondary" [routerLink]="[]" [queryParams]="{ pagina: page() + 1 }" queryParamsHandling="merge" (click)="pageChange.emit(page() + 1)">
            {{ t('pager.next') }} <span aria-hidden="true">→</span>
          </a>
        }
      </nav>
    }
  `,
})
export class Pager {
  protected readonly t = inject(I18n).t;

  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly pageChange = output<number>();

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
}
