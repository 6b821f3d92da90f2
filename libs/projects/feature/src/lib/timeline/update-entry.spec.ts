import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, ProgressUpdateView } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsTexts } from '../projects-texts';
import { UpdateEntry } from './update-entry';

const PROJECT_ID = '9c000000-0000-4000-8000-000000000001';
const UPDATE_ID = '9d000000-0000-4000-8000-000000000001';

function update(overrides: Partial<ProgressUpdateView> = {}): ProgressUpdateView {
  return {
    id: UPDATE_ID,
    projectId: PROJECT_ID,
    body: 'De glijbaan is besteld.',
    progress: null,
    status: null,
    milestone: null,
    photoIds: [],
    authorName: 'Priya Projectlid',
    createdAt: '2026-11-20T10:00:00.000Z',
    edited: null,
    hidden: null,
    canEdit: false,
    ...overrides,
  };
}

describe(UpdateEntry.name, () => {
  let fixture: ComponentFixture<UpdateEntry>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function open(view: ProgressUpdateView, roles: string[] | null): Promise<void> {
    if (roles) TestBed.inject(Session).update({ id: 'a5', roles } as unknown as AccountMe);
    fixture = TestBed.createComponent(UpdateEntry);
    fixture.componentRef.setInput('update', view);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  function button(text: string): HTMLButtonElement | undefined {
    return [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(text));
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(projectsTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('offers neither editing nor hiding to a visitor', async () => {
    await open(update(), null);
    expect(button('Bewerken')).toBeUndefined();
    expect(button('Verbergen')).toBeUndefined();
    expect(button('Melden')).toBeDefined();
  });

  it('lets the author edit the text in place, after which it is marked "(bewerkt)"', async () => {
    await open(update({ canEdit: true }), []);
    const edit = button('Bewerken') as HTMLButtonElement;
    expect(edit.textContent).toContain(': de update van 20 november 2026');
    edit.click();
    await fixture.whenStable();
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    expect(textarea.value).toBe('De glijbaan is besteld.');
    expect(document.activeElement).toBe(textarea);
    expect(element.querySelector(`label[for="${textarea.id}"]`)?.textContent).toBe('Tekst van de update');

    textarea.value = '';
    textarea.dispatchEvent(new Event('input'));
    button('Wijziging opslaan')?.click();
    await fixture.whenStable();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Vul dit veld in.');

    textarea.value = 'De glijbaan en de schommel zijn besteld.';
    textarea.dispatchEvent(new Event('input'));
    button('Wijziging opslaan')?.click();
    const patch = http.expectOne(`/api/projects/${PROJECT_ID}/updates/${UPDATE_ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ body: 'De glijbaan en de schommel zijn besteld.' });
    patch.flush(update({ canEdit: true, body: 'De glijbaan en de schommel zijn besteld.', edited: { at: '2026-11-21T10:00:00.000Z', byAdmin: false } }));
    await fixture.whenStable();
    expect(element.querySelector('textarea')).toBeNull();
    expect(element.querySelector('.rich-text')?.textContent).toContain('De glijbaan en de schommel zijn besteld.');
    expect(element.querySelector('.update__edited')?.textContent?.trim()).toBe('(bewerkt)');
    const saved = element.querySelector('.alert--success') as HTMLElement;
    expect(saved.textContent).toContain('De update is aangepast.');
    expect(document.activeElement).toBe(saved);
  });

  it('puts focus back on "Bewerken" when editing is cancelled, without saving', async () => {
    await open(update({ canEdit: true }), []);
    button('Bewerken')?.click();
    await fixture.whenStable();
    button('Annuleren')?.click();
    await fixture.whenStable();
    expect(element.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button('Bewerken'));
  });

  it('says "(gecorrigeerd door beheer)" when an admin changed it', async () => {
    await open(update({ edited: { at: '2026-11-21T10:00:00.000Z', byAdmin: true } }), null);
    expect(element.querySelector('.update__edited')?.textContent?.trim()).toBe('(gecorrigeerd door beheer)');
  });

  it('lets an admin hide it with a reason everyone sees, and show it again', async () => {
    await open(update({ canEdit: true }), ['admin']);
    button('Verbergen')?.click();
    await fixture.whenStable();
    const reason = element.querySelector('textarea') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);
    expect(element.querySelector(`label[for="${reason.id}"]`)?.textContent).toBe('Waarom verberg je dit?');
    button('Verbergen')?.click();
    await fixture.whenStable();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Vul dit veld in.');

    reason.value = 'Reclame voor een winkel';
    reason.dispatchEvent(new Event('input'));
    button('Verbergen')?.click();
    const hide = http.expectOne(`/api/moderation/update/${UPDATE_ID}/hide`);
    expect(hide.request.method).toBe('POST');
    expect(hide.request.body).toEqual({ reason: 'Reclame voor een winkel' });
    hide.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.hidden-note')?.textContent).toContain('Verborgen door beheer: Reclame voor een winkel');
    expect(element.querySelector('.hidden-note')?.textContent).toContain('Alleen beheerders zien de tekst nog.');
    expect(element.textContent).toContain('Verborgen. Bezoekers zien nu je reden in plaats van de tekst.');
    expect(button('Melden')).toBeUndefined();
    const showAgain = button('Weer tonen') as HTMLButtonElement;
    expect(document.activeElement).toBe(showAgain);

    showAgain.click();
    const show = http.expectOne(`/api/moderation/update/${UPDATE_ID}/show`);
    expect(show.request.method).toBe('POST');
    show.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.hidden-note')).toBeNull();
    expect(element.textContent).toContain('Iedereen ziet de tekst weer.');
    expect(button('Verbergen')).toBeDefined();
  });

  it('shows a visitor the reason instead of the text of a hidden update', async () => {
    await open(update({ body: '', hidden: { reason: 'Scheldwoorden' } }), null);
    expect(element.querySelector('.hidden-note')?.textContent?.trim()).toBe('Verborgen door beheer: Scheldwoorden');
    expect(element.querySelector('.rich-text')).toBeNull();
  });
});
