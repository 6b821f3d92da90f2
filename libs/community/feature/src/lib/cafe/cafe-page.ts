import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CafeEveningView } from '@wijkdeal/shared-contracts';
import { Alert, I18n } from '@wijkdeal/shared-ui';
import { EveningFacts } from './evening-facts';
import { EveningProgramme } from './evening-programme';
import { isOpenForPitches, PitchForm } from './pitch-form';

/** The first few evenings get their programme and a pitch form on this page; the rest are listed by date. */
const DETAILED_EVENINGS = 4;

/** What the Wijkdealcafé is, the coming evenings with their programmes, pitch sign-up and the calendar feed. */
@Component({
  selector: 'wd-cafe-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Alert, EveningFacts, EveningProgramme, PitchForm],
  templateUrl: './cafe-page.html',
  styles: `
    .evenings { display: grid; gap: 1.25rem; }
    .evening__title { margin-top: 0; }
    .later-list { columns: 18rem; column-gap: 2rem; }
    .later-list li { break-inside: avoid; }
  `,
})
export class CafePage {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly formatDay = this.i18n.formatDay;

  protected readonly evenings = signal<CafeEveningView[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly detailed = computed(() => (this.evenings() ?? []).slice(0, DETAILED_EVENINGS));
  protected readonly later = computed(() => (this.evenings() ?? []).slice(DETAILED_EVENINGS));
  /** The evening whose pitch form is open. */
  protected readonly pitchFor = signal<string | null>(null);
  protected readonly isOpen = (evening: CafeEveningView) => isOpenForPitches(evening);

  constructor() {
    inject(HttpClient)
      .get<CafeEveningView[]>('/api/cafe/evenings')
      .subscribe({ next: (evenings) => this.evenings.set(evenings), error: () => this.failed.set(true) });
  }

  protected togglePitchForm(id: string): void {
    this.pitchFor.update((current) => (current === id ? null : id));
  }
}
