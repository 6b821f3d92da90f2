import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { PARTNER_KINDS, PartnerKind, PartnerView } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';

/** The partners, grouped by kind in the fixed order of PARTNER_KINDS (residents first). */
export function groupPartners(partners: readonly PartnerView[]): { kind: PartnerKind; partners: PartnerView[] }[] {
  return PARTNER_KINDS.map((kind) => ({ kind, partners: partners.filter((partner) => partner.kind === kind) })).filter((group) => group.partners.length > 0);
}

@Component({
  selector: 'wd-partners-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert],
  template: `
    <h1>{{ t('community.partners.title') }}</h1>
    <p class="lead">{{ t('community.partners.intro') }}</p>
    @if (partners(); as partners) {
      @for (group of groups(); track group.kind) {
        <section class="section partner-group" [attr.aria-labelledby]="'partners-' + group.kind">
          <h2 [id]="'partners-' + group.kind">{{ t('community.kind.' + group.kind) }}</h2>
          <ul class="partner-list">
            @for (partner of group.partners; track partner.id) {
              <li>{{ partner.name }}</li>
            }
          </ul>
        </section>
      } @empty {
        <p>{{ t('community.partners.none') }}</p>
      }
    } @else if (failed()) {
      <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
    } @else {
      <p role="status">{{ t('common.loading') }}</p>
    }
  `,
})
export class PartnersPage {
  protected readonly t = inject(I18n).t;
  protected readonly partners = signal<PartnerView[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly groups = computed(() => groupPartners(this.partners() ?? []));

  constructor() {
    inject(HttpClient)
      .get<PartnerView[]>('/api/partners')
      .subscribe({ next: (partners) => this.partners.set(partners), error: () => this.failed.set(true) });
  }
}
