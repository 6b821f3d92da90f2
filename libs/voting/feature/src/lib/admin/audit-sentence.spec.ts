import { StemweekAuditEntry } from '@wijkdeal/shared-contracts';
import { votingEn, votingNl } from '../voting-texts';
import { auditSentence } from './audit-sentence';

function textsIn(dictionary: Record<string, string>) {
  const t = (key: string, params: Record<string, string | number> = {}) => (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (_all, name: string) => String(params[name] ?? `{${name}}`));
  return {
    t,
    plural: (key: string, count: number, params: Record<string, string | number> = {}) => t(`${key}.${count === 1 ? 'one' : 'other'}`, { count, ...params }),
    formatDateTime: (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)),
  };
}
const entry = (action: string, details: Record<string, unknown>, actor: string | null = 'Anne Beheer'): StemweekAuditEntry => ({ id: 'e', at: '2027-03-01T18:00:00Z', actor: actor ? { id: 'a', displayName: actor } : null, action, details });

describe(auditSentence.name, () => {
  const nl = textsIn(votingNl);
  it('reads every action as a sentence with the name, in Amsterdam time where a time is named', () => {
    expect(auditSentence(entry('create', {}), nl)).toBe('Anne Beheer maakte de stemweek aan.');
    expect(auditSentence(entry('update', { changed: ['title', 'closesAt'] }), nl)).toBe('Anne Beheer veranderde: de titel, het einde.');
    expect(auditSentence(entry('open-now', { plannedOpensAt: '2027-03-08T08:00:00Z' }), nl)).toBe('Anne Beheer opende de stemweek meteen (gepland was 8 maart 2027 om 09:00).');
    expect(auditSentence(entry('close', { ballotsOpened: 212 }), nl)).toBe('Anne Beheer sloot de stemweek vervroegd en opende de stembus met de telsleutel: 212 stemmen.');
    expect(auditSentence(entry('generate-codes', { count: 1, boundToAddresses: true }), nl)).toBe('Anne Beheer maakte 1 stemcode, gekoppeld aan een adres.');
    expect(auditSentence(entry('enter-paper-ballot', { batch: 'werkplaats-1', sheet: 7, entry: 2, status: 'matched' }, 'Tom Teller'), nl)).toBe('Tom Teller voerde blad 7 van stapel werkplaats-1 in (invoer 2): telt nu mee.');
    expect(auditSentence(entry('publish', { ballots: 30, leftOut: [{ batch: 'B', sheet: 7 }], reason: 'Onleesbaar.' }), nl)).toBe(
      'Anne Beheer publiceerde de uitslag, met 30 stemmen. 1 papieren blad telde niet en is weggelaten, omdat: Onleesbaar.',
    );
    expect(auditSentence(entry('something-new', {}, null), nl)).toBe('Iemand: something-new');
  });

  it('has every sentence in English too', () => {
    const en = textsIn({ ...votingNl, ...votingEn });
    expect(auditSentence(entry('open-ballot-box', { ballotsOpened: 1 }), en)).toBe('Anne Beheer opened the ballot box with the counting key: 1 vote.');
  });
});
