import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { StemweekDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { votingTexts } from '../voting-texts';
import { describeDetails, StemweekAdminPage } from './stemweek-admin-page';
import { GeneratedCodesStore } from './voting-codes';

const ID = '5e000000-0000-4000-8000-000000000002';
const detail = (state: StemweekDetail['state']) =>
  ({ id: ID, title: { nl: 'Stemweek najaar', en: '' }, state, opensAt: '2027-10-24T07:00:00Z', closesAt: '2027-10-31T20:00:00Z', channels: ['account', 'code'], items: [] }) as unknown as StemweekDetail;

describe(StemweekAdminPage.name, () => {
  let fixture: ComponentFixture<StemweekAdminPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  const button = (text: string) => [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text) as HTMLButtonElement;

  async function flushLoad(state: StemweekDetail['state']): Promise<void> {
    http.expectOne(`/api/stemweeks/${ID}`).flush(detail(state));
    http.expectOne(`/api/stemweeks/${ID}/turnout`).flush({ stemweekId: ID, state, ballots: 3, turnout: { account: 2, code: 1, paper: 0, imported: 0 } });
    http.expectOne(`/api/stemweeks/${ID}/audit`).flush([{ id: 'e1', at: '2027-10-20T10:00:00Z', actor: { id: 'a', displayName: 'Anne Beheer' }, action: 'create', details: { channels: ['account', 'code'] } }]);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(votingTexts)] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StemweekAdminPage);
    fixture.componentRef.setInput('id', ID);
    document.body.appendChild(fixture.nativeElement);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('closes early only after a confirm step, and says so', async () => {
    await flushLoad('open');
    expect(element.querySelector('h1')?.textContent).toBe('Beheer: Stemweek najaar');
    expect(element.textContent).toContain('3 stembiljetten');
    expect(element.querySelector('tbody')?.textContent).toContain('Aangemaakt');
    button('Vervroegd sluiten').click();
    await fixture.whenStable();
    expect(document.activeElement?.textContent).toBe('Weet je het zeker?');
    button('Annuleren').click();
    await fixture.whenStable();
    button('Vervroegd sluiten').click();
    await fixture.whenStable();
    button('Ja, sluit de stemweek nu').click();
    const close = http.expectOne(`/api/stemweeks/${ID}/close`);
    expect(close.request.method).toBe('POST');
    close.flush(detail('counting'));
    await fixture.whenStable();
    await flushLoad('counting');
    expect(element.querySelector('.alert--success')?.textContent).toContain('De stemweek is gesloten.');
    expect(button('Publiceren')).toBeDefined();
    expect([...element.querySelectorAll('a')].find((link) => link.textContent?.trim() === 'Uitslag bekijken')?.getAttribute('href')).toBe(`/stemweek/${ID}/uitslag`);
  });

  it('shows generated codes once, with the letters and the CSV', async () => {
    await flushLoad('open');
    const count = element.querySelector('#codes-count') as HTMLInputElement;
    count.value = '2';
    count.dispatchEvent(new Event('input'));
    button('Stemcodes maken').click();
    const generate = http.expectOne(`/api/stemweeks/${ID}/codes`);
    expect(generate.request.body).toEqual({ count: 2 });
    generate.flush({ stemweekId: ID, count: 2, codes: [{ code: 'AAAA-BBBB-CCCC', url: 'x' }, { code: 'DDDD-EEEE-FFFF', url: 'y' }] });
    http.expectOne(`/api/stemweeks/${ID}/audit`).flush([]);
    await fixture.whenStable();
    expect(element.textContent).toContain('Je ziet deze codes maar één keer');
    expect([...element.querySelectorAll('.admin__codes li')].map((li) => li.textContent)).toEqual(['AAAA-BBBB-CCCC', 'DDDD-EEEE-FFFF']);
    expect(TestBed.inject(GeneratedCodesStore).forStemweek(ID)?.count).toBe(2);
    expect(element.querySelector(`a[href="/beheer/stemweken/${ID}/brieven"]`)?.textContent?.trim()).toBe('Brieven afdrukken');
  });
});

describe(describeDetails.name, () => {
  it('describes audit details in one line, with lists and nested values readable', () => {
    expect(describeDetails({ count: 2, channels: ['account', 'code'], projects: [{ projectId: 'p1', cost: 10 }], maxBallotsPerAddress: null })).toBe(
      'count: 2; channels: account, code; projects: {"projectId":"p1","cost":10}; maxBallotsPerAddress: null',
    );
  });
});
