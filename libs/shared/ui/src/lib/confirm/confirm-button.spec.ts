import { TestBed } from '@angular/core/testing';
import { ConfirmButton } from './confirm-button';

describe(ConfirmButton.name, () => {
  it('asks first, moves focus to "yes", and only then reports the confirmation', async () => {
    const fixture = TestBed.createComponent(ConfirmButton);
    fixture.componentRef.setInput('label', 'Verwijderen');
    fixture.componentRef.setInput('subject', 'Mo Lid');
    fixture.componentRef.setInput('question', 'Weet je het zeker?');
    fixture.componentRef.setInput('confirmLabel', 'Ja, verwijderen');
    fixture.componentRef.setInput('cancelLabel', 'Nee, niet verwijderen');
    fixture.componentRef.setInput('questionId', 'remove-mo');
    let confirmed = 0;
    fixture.componentInstance.confirmed.subscribe(() => confirmed++);
    const element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
    const buttons = () => [...element.querySelectorAll('button')];

    expect(buttons().map((button) => button.textContent?.trim())).toEqual(['Verwijderen: Mo Lid']);
    buttons()[0].click();
    await fixture.whenStable();
    const [yes, no] = buttons();
    expect(yes.textContent?.trim()).toBe('Ja, verwijderen');
    expect(document.activeElement).toBe(yes);
    expect(yes.getAttribute('aria-describedby')).toBe('remove-mo');
    expect(element.querySelector('#remove-mo')?.textContent).toBe('Weet je het zeker?');

    no.click();
    await fixture.whenStable();
    expect(confirmed).toBe(0);
    expect(document.activeElement).toBe(buttons()[0]);

    buttons()[0].click();
    await fixture.whenStable();
    buttons()[0].click();
    expect(confirmed).toBe(1);
    element.remove();
  });
});
