import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { StemweekDetail } from '@wijkdeal/shared-contracts';
import { Notice, provideTexts } from '@wijkdeal/shared-ui';
import { votingTexts } from '../voting-texts';
import { NewStemweekPage } from './new-stemweek-page';

const ID = '5e000000-0000-4000-8000-000000000009';
const P1 = '9a000000-0000-4000-8000-000000000001';
const P2 = '9a000000-0000-4000-8000-000000000002';
const theme = { id: 't1', slug: 'groen', name: { nl: 'Groen', en: 'Green' } };
const project = (id: string, title: string) => ({ id, title: { nl: title, en: '' }, theme });

const stemweek = (state: StemweekDetail['state']): StemweekDetail =>
  ({
    id: ID,
    title: { nl: 'Stemweek najaar', en: 'Autumn vote' },
    intro: { nl: 'Kies mee.', en: '' },
    state,
    // 07:00 UTC is 09:00 in Amsterdam in summer time; the form shows the local time.
    opensAt: '2027-10-24T07:00:00.000Z',
    closesAt: '2027-10-31T20:00:00.000Z',
    opensAtLocal: '2027-10-24T09:00:00+02:00',
    closesAtLocal: '2027-10-31T21:00:00+01:00',
    method: { kind: 'approval', maxChoices: 2 },
    selection: { rule: 'top-n', n: 5, tieBreak: 'include-all' },
    channels: ['account', 'code'],
    eligiblePostcodes: ['9721 PE', '9722 AA-9722 ZZ'],
    maxBallotsPerAddress: null,
    items: [{ id: 'i1', projectId: P2, externalId: null, title: { nl: 'Bankjes', en: '' }, summary: null, theme, projectSlug: null, cost: 2500 }],
  }) as unknown as StemweekDetail;

describe(`${NewStemweekPage.name} (edit)`, () => {
  let fixture: ComponentFixture<NewStemweekPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  let navigate: jest.SpyInstance;
  const input = (id: string) => element.querySelector(`#${id}`) as HTMLInputElement;
  const type = async (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = () => (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  const page = (items: unknown[]) => ({ items, page: 1, pageSize: 100, total: items.length });
  const projectsRequest = (status: string) => http.expectOne((request) => request.url === '/api/projects' && request.params.get('status') === status);

  async function open(state: StemweekDetail['state']): Promise<void> {
    http.expectOne(`/api/stemweeks/${ID}`).flush(stemweek(state));
    await fixture.whenStable();
    if (state === 'upcoming') {
      projectsRequest('proposed').flush(page([project(P1, 'Appelbomen')]));
      projectsRequest('candidate').flush(page([project(P2, 'Bankjes')]));
      await fixture.whenStable();
    }
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(votingTexts)] });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(NewStemweekPage);
    fixture.componentRef.setInput('id', ID);
    document.body.appendChild(fixture.nativeElement);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('fills the form in from the stemweek, in Amsterdam time, with the ballot and its costs', async () => {
    await open('upcoming');
    expect(element.querySelector('h1')?.textContent).toBe('Bewerken: Stemweek najaar');
    expect(input('new-stemweek-title-nl').value).toBe('Stemweek najaar');
    expect(input('new-stemweek-title-en').value).toBe('Autumn vote');
    expect((element.querySelector('#new-stemweek-intro-nl') as HTMLTextAreaElement).value).toBe('Kies mee.');
    expect(input('new-stemweek-opensAt').value).toBe('2027-10-24');
    expect(input('new-stemweek-opensTime').value).toBe('09:00');
    expect(input('new-stemweek-closesAt').value).toBe('2027-10-31');
    expect(input('new-stemweek-closesTime').value).toBe('21:00');
    expect(input('new-stemweek-method-maxChoices').value).toBe('2');
    expect(input('new-stemweek-selection-n').value).toBe('5');
    expect((element.querySelector('#new-stemweek-eligiblePostcodes') as HTMLTextAreaElement).value).toBe('9721 PE\n9722 AA-9722 ZZ');
    // Sorted by title: Appelbomen (not on the ballot), Bankjes (on it, with its ballot cost).
    expect(input('new-stemweek-project-0').checked).toBe(false);
    expect(input('new-stemweek-project-1').checked).toBe(true);
    expect(input('new-stemweek-cost-1').value).toBe('2500');
    expect((element.querySelector('input[formControlName="channelPaper"]') as HTMLInputElement).checked).toBe(false);
  });

  it('sends only the changed fields with PATCH, and returns to the admin page', async () => {
    await open('upcoming');
    await type('new-stemweek-title-nl', 'Stemweek najaar 2027');
    await type('new-stemweek-method-maxChoices', '3');
    submit();
    const patch = http.expectOne(`/api/stemweeks/${ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ title: { nl: 'Stemweek najaar 2027', en: 'Autumn vote' }, method: { kind: 'approval', maxChoices: 3 } });
    patch.flush(stemweek('upcoming'));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/beheer/stemweken', ID]);
    const notice = TestBed.inject(Notice);
    notice.navigated();
    expect(notice.current()?.key).toBe('stemweek.admin.edit.done');
  });

  it('sends an emptied intro as empty texts, and a ballot change as the whole ballot', async () => {
    await open('upcoming');
    await type('new-stemweek-intro-nl', '');
    input('new-stemweek-project-0').click();
    // Ticking fetches the project's own cost estimate.
    http.expectOne(`/api/projects/${P1}`).flush({ id: P1, costEstimate: 1200 });
    await fixture.whenStable();
    submit();
    const patch = http.expectOne(`/api/stemweeks/${ID}`);
    expect(patch.request.body).toEqual({ intro: { nl: '', en: '' }, projects: [{ projectId: P1, cost: 1200 }, { projectId: P2, cost: 2500 }] });
    patch.flush(stemweek('upcoming'));
  });

  it('shows only the title and intro while the stemweek is open, says why, and shows a refusal in the error summary', async () => {
    await open('open');
    expect(element.textContent).toContain('De stemweek is open: het stembiljet, de methode en de regels liggen vast.');
    expect(element.querySelector('#new-stemweek-title-nl')).not.toBeNull();
    expect(element.querySelector('#new-stemweek-intro-en')).not.toBeNull();
    expect(element.querySelector('#new-stemweek-opensAt')).toBeNull();
    expect(element.querySelector('#new-stemweek-project-0')).toBeNull();
    expect(element.querySelector('#new-stemweek-channel-account')).toBeNull();
    expect(element.querySelectorAll('fieldset')).toHaveLength(1);
    await type('new-stemweek-intro-en', 'Vote with us.');
    submit();
    const patch: TestRequest = http.expectOne(`/api/stemweeks/${ID}`);
    expect(patch.request.body).toEqual({ intro: { nl: 'Kies mee.', en: 'Vote with us.' } });
    patch.flush(
      { statusCode: 409, code: 'STEMWEEK_FROZEN', message: 'De stemweek is al begonnen. Het stembiljet, de manier van stemmen en de regels kun je niet meer veranderen.' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const summary = element.querySelector('.error-summary') as HTMLElement;
    expect(summary.textContent).toContain('De stemweek is al begonnen.');
    expect(document.activeElement).toBe(summary);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('has no form once the stemweek is closed', async () => {
    await open('counting');
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('Je kunt hem niet meer bewerken.');
  });
});
