import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContactPersonView } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { ContactMessageForm } from './contact-message-form';

export interface ThemeContacts {
  theme: ContactPersonView['theme'];
  contacts: ContactPersonView[];
}

/** Contact persons grouped by theme, themes in the order the API lists them (the themes' own order). */
export function groupByTheme(contacts: readonly ContactPersonView[]): ThemeContacts[] {
  const groups = new Map<string, ThemeContacts>();
  for (const contact of contacts) {
    const group = groups.get(contact.theme.id) ?? { theme: contact.theme, contacts: [] };
    group.contacts.push(contact);
    groups.set(contact.theme.id, group);
  }
  return [...groups.values()];
}

/** Each theme's contact persons (names and organisations only) with a form to write to one of them. */
@Component({
  selector: 'wd-contacts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, ContactMessageForm],
  template: `
    <h1>{{ t('community.contacts.title') }}</h1>
    <p class="lead">{{ t('community.contacts.lead') }}</p>
    <p>{{ t('community.contacts.privacy') }}</p>
    <p>{{ t('community.contacts.werkplaats') }} <a routerLink="/werkplaats">{{ t('community.contacts.werkplaatsLink') }}</a></p>

    @if (contacts(); as contacts) {
      @for (group of groups(); track group.theme.id) {
        <section class="section" [attr.aria-labelledby]="'contacts-' + group.theme.slug">
          <h2 [id]="'contacts-' + group.theme.slug"><a [routerLink]="['/themas', group.theme.slug]">{{ pick(group.theme.name) }}</a></h2>
          <ul class="plain-list contact-people">
            @for (contact of group.contacts; track contact.id) {
              <li class="card">
                <h3 class="card__title">{{ contact.name }}</h3>
                <p class="muted">{{ contact.organisation }}</p>
                <button
                  type="button"
                  class="button button--secondary"
                  [attr.aria-expanded]="writingTo() === contact.id"
                  [attr.aria-controls]="'message-panel-' + contact.id"
                  (click)="toggleMessageForm(contact.id)"
                >
                  {{ t('community.contacts.write') }}<span class="visually-hidden"> {{ t('community.contacts.writeTo', { name: contact.name }) }}</span>
                </button>
                <div [id]="'message-panel-' + contact.id">
                  @if (writingTo() === contact.id) {
                    <wd-contact-message-form [contact]="contact" />
                  }
                </div>
              </li>
            }
          </ul>
        </section>
      } @empty {
        <p>{{ t('community.contacts.none') }}</p>
      }
    } @else if (failed()) {
      <wd-alert kind="error"><p>{{ t('common.loadFailed') }}</p></wd-alert>
    } @else {
      <p role="status">{{ t('common.loading') }}</p>
    }
  `,
  styles: `
    .contact-people { display: grid; gap: 1rem; }
    .contact-people .form { margin-top: 1rem; }
  `,
})
export class ContactsPage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly contacts = signal<ContactPersonView[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly groups = computed(() => groupByTheme(this.contacts() ?? []));
  protected readonly writingTo = signal<string | null>(null);

  constructor() {
    inject(HttpClient)
      .get<ContactPersonView[]>('/api/contacts')
      .subscribe({ next: (contacts) => this.contacts.set(contacts), error: () => this.failed.set(true) });
  }

  protected toggleMessageForm(id: string): void {
    this.writingTo.update((current) => (current === id ? null : id));
  }
}
