import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n } from '@wijkdeal/shared-ui';

/** The accessibility statement: what we aim for, how we test, what is not right yet, and how to report a problem. */
@Component({
  selector: 'wd-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t('site.a11y.title') }}</h1>
    <p class="lead">{{ t('site.a11y.lead') }}</p>
    <h2>{{ t('site.a11y.goal.title') }}</h2>
    <p>{{ t('site.a11y.goal.text') }}</p>
    <h2>{{ t('site.a11y.test.title') }}</h2>
    <ul>
      <li>{{ t('site.a11y.test.axe') }}</li>
      <li>{{ t('site.a11y.test.keyboard') }}</li>
      <li>{{ t('site.a11y.test.small') }}</li>
    </ul>
    <h2>{{ t('site.a11y.limits.title') }}</h2>
    <ul>
      <li>{{ t('site.a11y.limits.audit') }}</li>
      <li>{{ t('site.a11y.limits.tools') }}</li>
      <li>{{ t('site.a11y.limits.texts') }}</li>
      <li>{{ t('site.a11y.limits.export') }}</li>
    </ul>
    <h2>{{ t('site.a11y.report.title') }}</h2>
    <p>{{ t('site.a11y.report.text') }}</p>
    <p>{{ t('site.a11y.report.details') }}</p>
  `,
})
export class AccessibilityPage {
  protected readonly t = inject(I18n).t;
}
