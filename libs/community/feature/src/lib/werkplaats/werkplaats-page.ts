import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Session } from '@wijkdeal/accounts-feature';
import { WerkplaatsView } from '@wijkdeal/shared-contracts';
import { Alert, I18n, Paragraphs } from '@wijkdeal/shared-ui';
import { WerkplaatsForm } from './werkplaats-form';

type Load = { kind: 'loading' } | { kind: 'empty' } | { kind: 'failed' } | { kind: 'loaded'; werkplaats: WerkplaatsView };

/** The Wijkdealwerkplaats: address, opening hours, the team and their tasks; admins edit it here. */
@Component({
  selector: 'wd-werkplaats-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert, Paragraphs, WerkplaatsForm],
  template: `
    <h1>{{ t('community.werkplaats.title') }}</h1>
    <p class="lead">{{ t('community.werkplaats.lead') }}</p>
    @if (load(); as load) {
      @if (load.kind === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load.kind === 'failed') {
        <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
      } @else if (load.kind === 'empty') {
        <wd-alert kind="info"><p>{{ t('community.werkplaats.notFilled') }}</p></wd-alert>
      } @else {
        @let werkplaats = load.werkplaats;
        <h2>{{ t('community.werkplaats.address') }}</h2>
        <address class="werkplaats-address">{{ werkplaats.address }}</address>
        <h2>{{ t('community.werkplaats.openingHours') }}</h2>
        <wd-paragraphs [text]="pick(werkplaats.openingHours)" />
        <h2>{{ t('community.werkplaats.team') }}</h2>
        @if (werkplaats.team.length) {
          <ul class="contact-list">
            @for (member of werkplaats.team; track $index) {
              <li>
                <span class="contact-list__name">{{ member.name }}</span>
                <span class="contact-list__organisation">{{ pick(member.task) }}</span>
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('community.werkplaats.teamNone') }}</p>
        }
      }
      @if (isAdmin() && (load.kind === 'loaded' || load.kind === 'empty')) {
        <section class="section section--admin" aria-labelledby="werkplaats-edit-title">
          <h2 id="werkplaats-edit-title">{{ t('community.werkplaats.edit') }}</h2>
          <wd-werkplaats-form [werkplaats]="load.kind === 'loaded' ? load.werkplaats : null" (saved)="showWerkplaats($event)" />
        </section>
      }
    }
  `,
  styles: `
    .werkplaats-address { font-style: normal; margin-bottom: 1rem; white-space: pre-line; }
  `,
})
export class WerkplaatsPage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly isAdmin = inject(Session).isAdmin;
  protected readonly load = signal<Load>({ kind: 'loading' });

  constructor() {
    inject(HttpClient)
      .get<WerkplaatsView>('/api/werkplaats')
      .subscribe({
        next: (werkplaats) => this.load.set({ kind: 'loaded', werkplaats }),
        // 404: nobody has filled in the page yet.
        error: (error: unknown) => this.load.set({ kind: error instanceof HttpErrorResponse && error.status === 404 ? 'empty' : 'failed' }),
      });
  }

  protected showWerkplaats(werkplaats: WerkplaatsView): void {
    this.load.set({ kind: 'loaded', werkplaats });
  }
}
