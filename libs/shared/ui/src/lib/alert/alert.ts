import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input } from '@angular/core';
import { I18n } from '../i18n/i18n';

export type AlertKind = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<AlertKind, string> = { info: 'i', success: '✓', warning: '!', error: '✕' };

/**
 * A message box. Errors are `role=alert`, the rest `role=status`. The kind is said in words
 * (the title), never by colour alone. With `takeFocus`, it is focused when it appears, so a
 * screen reader reads it and keyboard users start from there.
 */
@Component({
  selector: 'wd-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'alert alert--' + kind()",
    '[attr.role]': "kind() === 'error' ? 'alert' : 'status'",
    '[attr.tabindex]': 'takeFocus() ? -1 : null',
  },
  template: `
    <p class="alert__title"><span class="alert__icon" aria-hidden="true">{{ icon() }}</span>{{ heading() || t('common.alert.' + kind()) }}</p>
    <div class="alert__body"><ng-content /></div>
  `,
})
export class Alert {
  protected readonly t = inject(I18n).t;

  readonly kind = input<AlertKind>('info');
  readonly heading = input('');
  readonly takeFocus = input(false);

  protected readonly icon = computed(() => ICONS[this.kind()]);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => {
      if (this.takeFocus()) host.nativeElement.focus();
    });
  }
}
