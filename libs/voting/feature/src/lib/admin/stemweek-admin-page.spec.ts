import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { StemweekDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { votingTexts } from '../voting-texts';
import { StemweekAdminPage } from './stemweek-admin-page';
import { GeneratedCodesStore } from './voting-codes';

const ID = '5e000000-0000-4000-8000-000000000002';
const detail = (state: StemweekDetail['state'], ballotBoxOpened = state !== 'open') =>
  ({ id: ID, title: { nl: 'Stemweek najaar', en: '' }, state, ballotBoxOpened, opensAt: '2027-10-24T07:00:00Z', closesAt: '2027-10-31T20:00:00Z', channels: ['account', 'code'], items: [] }) as unknown as StemweekDetail;

describe(StemweekAdminPage.name, () => {
  let fixture: ComponentFixture<StemweekAdminPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  const button = (text: string) => [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().replace(/\s+/g, ' ') === text) as HTMLButtonElement;

  async function flushLoad(state: StemweekDetail['state'], ballotBoxOpened?: boolean): Promise<void> {
    http.expectOne(`/api/stemweeks/${ID}`).flush(detail(state, ballotBoxOpened));
    http.expectOne(`/api/stemweeks/${ID}/turnout`).flush({ stemweekId: ID, state, ballots: 3, turnout: { account: 2, code: 1, paper: 0, imported: 0 }, addresses: { eligible: 7, voted: 3 }, byDay: [{ day: '2027-10-20', ballots: 3 }], wrongCodes: { lastHour: 61, last24Hours: 70, alarm: true } });
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
    expect(element.querySelector('.audit')?.textContent).toContain('Anne Beheer maakte de stemweek aan.');
    expect(element.querySelector('.admin__share')?.textContent).toContain('Vanaf 3 van de 7 adressen met een brief is gestemd: 42,9 %.');
    expect(element.querySelector('.admin__days tbody')?.textContent).toContain('20 oktober 2027');
    expect(element.textContent).toContain('In het afgelopen uur zijn 61 verkeerde stemcodes ingevoerd.');
    expect(element.querySelector('.admin__wrong-codes')?.textContent).toContain('Verkeerde stemcodes: 61 in het afgelopen uur, 70 in de afgelopen 24 uur.');
    const editLink = () => [...element.querySelectorAll('a')].find((link) => link.textContent?.trim() === 'Bewerken');
    expect(editLink()?.getAttribute('href')).toBe(`/beheer/stemweken/${ID}/bewerken`);
    button('Vervroegd sluiten').click();
    await fixture.whenStable();
    expect(document.activeElement?.textContent).toBe('Weet je het zeker?');
    button('Annuleren').click();
    await fixture.whenStable();
    button('Vervroegd sluiten').click();
    await fixture.whenStable();
    // Without the counting key nothing is sent; the field says what to fill in.
    button('Ja, sluit de stemweek nu').click();
    await fixture.whenStable();
    http.expectNone(`/api/stemweeks/${ID}/close`);
    expect(element.textContent).toContain('5 groepen van 5 tekens');
    const key = element.querySelector('#ballot-box-key') as HTMLInputElement;
    key.value = 'abcde-fghjk-mnpqr-stvwx-yz012';
    key.dispatchEvent(new Event('input'));
    button('Ja, sluit de stemweek nu').click();
    const close = http.expectOne(`/api/stemweeks/${ID}/close`);
    expect(close.request.method).toBe('POST');
    expect(close.request.body).toEqual({ key: 'abcde-fghjk-mnpqr-stvwx-yz012' });
    close.flush(detail('counting'));
    await fixture.whenStable();
    await flushLoad('counting');
    expect(element.querySelector('.alert--success')?.textContent).toContain('De stemweek is gesloten.');
    expect(button('Publiceren')).toBeDefined();
    expect(editLink()).toBeUndefined();
    expect([...element.querySelectorAll('a')].find((link) => link.textContent?.trim() === 'Uitslag bekijken')?.getAttribute('href')).toBe(`/stemweek/${ID}/uitslag`);
  });

  it('opens the ballot box of a stemweek that closed by the clock; a wrong key is said at the field', async () => {
    await flushLoad('counting', false);
    expect(element.textContent).toContain('de stembus is nog dicht');
    expect(button('Publiceren')).toBeUndefined();
    const key = element.querySelector('#ballot-box-key') as HTMLInputElement;
    key.value = 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA';
    key.dispatchEvent(new Event('input'));
    button('Open de stembus').click();
    http.expectOne(`/api/stemweeks/${ID}/close`).flush(
      { statusCode: 403, code: 'BALLOT_BOX_KEY_WRONG', message: 'Deze telsleutel past niet.', details: [{ field: 'key', reason: 'ballotBoxKeyWrong', message: 'Vul de telsleutel in.' }] },
      { status: 403, statusText: 'Forbidden' },
    );
    await fixture.whenStable();
    expect(element.querySelector('wd-field')?.textContent).toContain('Vul de telsleutel in.');
    button('Open de stembus').click();
    http.expectOne(`/api/stemweeks/${ID}/close`).flush(detail('counting', true));
    await fixture.whenStable();
    await flushLoad('counting', true);
    expect(element.querySelector('.alert--success')?.textContent).toContain('De stembus is open.');
    expect(button('Publiceren')).toBeDefined();
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

  describe('for an imported stemweek', () => {
    const P1 = '9a000000-0000-4000-8000-000000000001';
    const P2 = '9a000000-0000-4000-8000-000000000002';
    const item = (id: string, externalId: string, title: string, projectId: string | null = null) => ({ id, externalId, projectId, title: { nl: title, en: '' }, summary: null, theme: null, projectSlug: null, cost: 1000 });
    const imported = (first: string | null = null) =>
      ({ ...detail('published'), imported: true, channels: [], items: [item('i1', '1', 'Bankjes bij de vijver', first), item('i2', '2', 'Bomen in de Zuiderstraat')] }) as unknown as StemweekDetail;
    const select = (itemId: string) => element.querySelector(`#match-${itemId}`) as HTMLSelectElement;
    const status = (itemId: string) => select(itemId).closest('li')?.querySelector('[role="status"]') as HTMLElement;
    const choose = async (itemId: string, projectId: string) => {
      select(itemId).value = projectId;
      select(itemId).dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };

    beforeEach(async () => {
      http.expectOne(`/api/stemweeks/${ID}`).flush(imported());
      http.expectOne(`/api/stemweeks/${ID}/turnout`).flush({ stemweekId: ID, state: 'published', ballots: 3, turnout: { account: 0, code: 0, paper: 0, imported: 3 }, addresses: null, byDay: [], wrongCodes: { lastHour: 0, last24Hours: 0, alarm: false } });
      http.expectOne(`/api/stemweeks/${ID}/audit`).flush([]);
      const projects = http.expectOne((request) => request.url === '/api/projects');
      expect(projects.request.params.get('pageSize')).toBe('100');
      projects.flush({ items: [{ id: P2, title: { nl: 'Zitplekken', en: '' } }, { id: P1, title: { nl: 'Bankjes', en: '' } }], page: 1, pageSize: 100, total: 2 });
      await fixture.whenStable();
    });

    it('lists each ballot item with its number in the file and a labelled choice of projects', () => {
      expect(element.querySelector('#match-title')?.textContent).toBe('Koppelen aan projecten');
      expect(element.querySelectorAll('.admin__match')).toHaveLength(2);
      expect(element.querySelector('.admin__match')?.textContent).toContain('Nummer in het bestand: 1');
      expect(element.querySelector('label[for="match-i1"]')?.textContent).toBe('Project op dit platform voor Bankjes bij de vijver');
      expect([...select('i1').options].map((option) => option.textContent)).toEqual(['Niet gekoppeld', 'Bankjes', 'Zitplekken']);
      expect(select('i1').value).toBe('');
    });

    it('links an item with PATCH and says so in its live region; a project linked elsewhere is refused', async () => {
      await choose('i1', P1);
      button('Opslaan voor Bankjes bij de vijver').click();
      const link = http.expectOne(`/api/stemweeks/${ID}/items/i1`);
      expect(link.request.method).toBe('PATCH');
      expect(link.request.body).toEqual({ projectId: P1 });
      link.flush(imported(P1));
      http.expectOne(`/api/stemweeks/${ID}/audit`).flush([]);
      await fixture.whenStable();
      expect(status('i1').textContent).toBe('Opgeslagen: Bankjes bij de vijver is gekoppeld aan Bankjes.');
      expect(select('i1').value).toBe(P1);

      await choose('i2', P1);
      button('Opslaan voor Bomen in de Zuiderstraat').click();
      http
        .expectOne(`/api/stemweeks/${ID}/items/i2`)
        .flush({ statusCode: 409, code: 'CONFLICT', message: 'Dit botst met iets dat al bestaat.' }, { status: 409, statusText: 'Conflict' });
      await fixture.whenStable();
      expect(status('i2').textContent).toBe('Dit project is al gekoppeld aan een ander project van deze stemweek. Haal die koppeling eerst weg.');
      expect(status('i2').classList).toContain('field__error');
      expect(status('i1').textContent).toContain('is gekoppeld aan Bankjes');

      await choose('i1', '');
      button('Opslaan voor Bankjes bij de vijver').click();
      const unlink = http.expectOne(`/api/stemweeks/${ID}/items/i1`);
      expect(unlink.request.body).toEqual({ projectId: null });
      unlink.flush(imported());
      http.expectOne(`/api/stemweeks/${ID}/audit`).flush([]);
      await fixture.whenStable();
      expect(status('i1').textContent).toBe('Opgeslagen: Bankjes bij de vijver is niet gekoppeld.');
    });
  });
});
