import { provideRouter } from '@angular/router';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { StemweekItemView, StemweekMethod } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { votingTexts } from '../voting-texts';
import { BallotDraft, EMPTY_DRAFT } from './ballot-draft';
import { BallotForm } from './ballot-form';

const item = (id: string, title: string): StemweekItemView => ({
  id: `item-${id}`,
  projectId: id,
  externalId: null,
  title: { nl: title, en: title },
  summary: { nl: `Over ${title}.`, en: '' },
  theme: { id: 't', slug: 'groen', name: { nl: 'Groen', en: 'Green' } },
  projectSlug: `project-${id}`,
  cost: 2500,
});
const ITEMS = [item('a', 'Bankjes'), item('b', 'Bomen'), item('c', 'Buurtfeest')];

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BallotForm],
  template: `<wd-ballot-form idPrefix="t" [method]="method()" [items]="items" [(draft)]="draft" />`,
})
class Host {
  readonly method = signal<StemweekMethod>({ kind: 'approval', maxChoices: 2 });
  readonly items = ITEMS;
  readonly draft = signal<BallotDraft>(EMPTY_DRAFT);
}

describe(BallotForm.name, () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  async function render(method: StemweekMethod): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideTexts(votingTexts), provideRouter([])] });
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.method.set(method);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    element = fixture.nativeElement;
  }

  afterEach(() => fixture.nativeElement.remove());

  const counter = () => element.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const byLabel = (text: string) => element.querySelector<HTMLElement>(`[aria-label="${text}"]`) as HTMLElement;
  async function toggle(id: string): Promise<void> {
    (element.querySelector(`#${id}`) as HTMLInputElement).click();
    await fixture.whenStable();
  }

  it('approval: labelled checkboxes with a live count; a tick over the limit is undone and explained', async () => {
    await render({ kind: 'approval', maxChoices: 2 });
    expect(element.querySelector('legend')?.textContent?.trim()).toBe('Kies hoogstens 2 projecten');
    expect(element.querySelector('label[for="t-0"]')?.textContent).toBe('Bankjes');
    expect(element.querySelector('#t-0')?.getAttribute('aria-describedby')).toBe('t-0-details');
    expect(element.querySelector('#t-0-details')?.textContent).toContain('Thema: Groen');
    // Each item links to its project page; the booth keeps the choices meanwhile.
    expect(element.querySelector('#t-0-details a')?.getAttribute('href')).toBe('/projecten/project-a');
    expect(element.querySelector('#t-0-details a')?.textContent).toBe('Meer over Bankjes');
    expect(element.querySelector('#t-0-details')?.textContent).toContain('Kosten: €\u00a02.500');
    expect(counter()).toBe('Je hebt 0 van de 2 keuzes gebruikt.');
    await toggle('t-0');
    await toggle('t-2');
    expect(counter()).toBe('Je hebt 2 van de 2 keuzes gebruikt.');
    await toggle('t-1');
    expect((element.querySelector('#t-1') as HTMLInputElement).checked).toBe(false);
    expect(counter()).toBe('Je hebt 2 van de 2 keuzes gebruikt. Je kunt hoogstens 2 projecten kiezen. Haal eerst een ander vinkje weg.');
    expect(fixture.componentInstance.draft().chosen).toEqual(['a', 'c']);
    await toggle('t-0');
    expect(counter()).toBe('Je hebt 1 van de 2 keuzes gebruikt.');
  });

  it('choose-1: radio buttons in one group', async () => {
    await render({ kind: 'choose-1' });
    const radios = element.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(new Set([...radios].map((radio) => radio.name)).size).toBe(1);
    expect(counter()).toBe('Je hebt nog geen project gekozen.');
    await toggle('t-1');
    await toggle('t-2');
    expect(fixture.componentInstance.draft().chosen).toEqual(['c']);
    expect(counter()).toBe('Je kiest: Buurtfeest.');
  });

  it('points: − and + with names, typed numbers held to the maximum and to the points left', async () => {
    await render({ kind: 'points', points: 5, maxPerProject: 4 });
    expect(element.querySelector('legend')?.textContent?.trim()).toBe('Verdeel 5 punten, hoogstens 4 per project');
    expect(counter()).toBe('Nog 5 punten over (van de 5).');
    expect(byLabel('Eén punt minder voor Bankjes').getAttribute('aria-disabled')).toBe('true');
    byLabel('Eén punt meer voor Bankjes').click();
    byLabel('Eén punt meer voor Bankjes').click();
    await fixture.whenStable();
    expect((element.querySelector('#t-0') as HTMLInputElement).value).toBe('2');
    expect(counter()).toBe('Nog 3 punten over (van de 5).');

    const second = element.querySelector('#t-1') as HTMLInputElement;
    second.value = '9';
    second.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(second.value).toBe('3');
    expect(counter()).toBe('Nog 0 punten over (van de 5). Je hebt niet genoeg punten over. Haal eerst punten weg bij een ander project.');
    expect(byLabel('Eén punt meer voor Buurtfeest').getAttribute('aria-disabled')).toBe('true');
    byLabel('Eén punt meer voor Buurtfeest').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.draft().points).toEqual({ a: 2, b: 3 });
    expect(element.querySelector('label[for="t-1"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Punten voor Bomen');
  });

  it('ranked: a place per project and Hoger/Lager in the chosen order, announced, with focus kept on the button', async () => {
    await render({ kind: 'ranked', maxRanks: 2 });
    const place = async (id: string, value: string) => {
      const select = element.querySelector(`#${id}`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    expect([...(element.querySelector('#t-0') as HTMLSelectElement).options].map((option) => option.text.trim())).toEqual(['Niet gekozen', '1']);
    await place('t-1', '1');
    await place('t-0', '1');
    expect(fixture.componentInstance.draft().chosen).toEqual(['a', 'b']);
    expect(counter()).toBe('Je hebt 2 van de 2 plaatsen gebruikt. Bankjes staat nu op plaats 1 van 2.');
    expect((element.querySelector('#t-1') as HTMLSelectElement).value).toBe('2');
    await place('t-2', '1');
    expect(counter()).toContain('Je kunt hoogstens 2 projecten op volgorde zetten.');
    expect((element.querySelector('#t-2') as HTMLSelectElement).value).toBe('');

    const items = () => [...element.querySelectorAll('.ballot__order-name')].map((name) => name.textContent);
    expect(items()).toEqual(['Bankjes', 'Bomen']);
    expect(byLabel('Hoger: Bankjes').getAttribute('aria-disabled')).toBe('true');
    byLabel('Lager: Bankjes').focus();
    byLabel('Lager: Bankjes').click();
    await fixture.whenStable();
    expect(items()).toEqual(['Bomen', 'Bankjes']);
    expect(counter()).toContain('Bankjes staat nu op plaats 2 van 2.');
    // At the bottom, Lager does nothing any more, so focus goes to Hoger of the same project.
    expect(document.activeElement).toBe(byLabel('Hoger: Bankjes'));
    byLabel('Weghalen: Bomen').click();
    await fixture.whenStable();
    expect(items()).toEqual(['Bankjes']);
  });
});
