import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormProblem } from '../form-problem/form-problem';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { FieldControl } from './field-control';
import { defineFields } from './field-spec';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Field, FieldControl, ErrorSummary],
  template: `
    <wd-error-summary summaryId="test-errors" [problem]="problem()" [fields]="fields" />
    <wd-field [spec]="fields.email" [problem]="problem()"><input wdControl type="email" /></wd-field>
  `,
})
class FormHost {
  readonly fields = defineFields('test', { email: { label: 'form.required', hint: 'form.email' } });
  readonly problem = signal<FormProblem | null>(null);
}

describe(Field.name, () => {
  it('ties label, hint and error to the control', async () => {
    const fixture = TestBed.createComponent(FormHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;
    expect(input.id).toBe('test-email');
    expect(element.querySelector('label')?.getAttribute('for')).toBe('test-email');
    expect(input.getAttribute('aria-describedby')).toBe('test-email-hint');
    expect(input.hasAttribute('aria-invalid')).toBe(false);

    fixture.componentInstance.problem.set({ status: 400, code: 'VALIDATION_FAILED', message: 'Kijk de velden na.', fields: { email: 'Vul een geldig e-mailadres in.' }, other: [] });
    await fixture.whenStable();
    expect(input.getAttribute('aria-describedby')).toBe('test-email-hint test-email-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#test-email-error')?.textContent).toContain('Vul een geldig e-mailadres in.');
  });
});

describe(ErrorSummary.name, () => {
  it('shows the message with a link per field and takes focus', async () => {
    const fixture = TestBed.createComponent(FormHost);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')).toBeNull();

    fixture.componentInstance.problem.set({ status: 400, code: 'VALIDATION_FAILED', message: 'Kijk de velden na.', fields: { email: 'Vul een geldig e-mailadres in.' }, other: ['Nog iets.'] });
    await fixture.whenStable();
    const summary = element.querySelector('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toContain('Er is een probleem');
    expect(summary.textContent).toContain('Kijk de velden na.');
    expect(summary.textContent).toContain('Nog iets.');
    const link = summary.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#test-email');
    expect(link.textContent).toContain('Vul dit veld in.: Vul een geldig e-mailadres in.');
    expect(document.activeElement).toBe(summary);

    link.click();
    expect(document.activeElement).toBe(element.querySelector('input'));
    fixture.nativeElement.remove();
  });
});
