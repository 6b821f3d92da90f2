import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { RoleGate } from './role-gate';
import { votingTexts } from './voting-texts';

describe(RoleGate.name, () => {
  async function render(roles: string[], gate: string[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTexts(votingTexts)] });
    TestBed.inject(Session).update({ id: 'a1', roles } as unknown as AccountMe);
    const fixture = TestBed.createComponent(RoleGate);
    fixture.componentRef.setInput('roles', gate);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('shows the page to an account with one of the roles', async () => {
    const element = await render(['teller'], ['teller', 'admin']);
    expect(element.querySelector('router-outlet')).not.toBeNull();
    expect(element.querySelector('h1')).toBeNull();
  });

  it('explains to anyone else that the page is not for them', async () => {
    const element = await render(['teller'], ['admin']);
    expect(element.querySelector('router-outlet')).toBeNull();
    expect(element.querySelector('h1')?.textContent).toBe('Geen toegang');
    expect(element.textContent).toContain('Deze pagina is alleen voor beheerders.');
  });
});
