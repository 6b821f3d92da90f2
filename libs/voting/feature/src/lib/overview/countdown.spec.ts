import { StemweekSummary } from '@wijkdeal/shared-contracts';
import { currentStemweek, describeTimeUntil } from './countdown';

const plural = (key: string, count: number) => `${count} ${key.split('.').pop()}${count === 1 ? '' : 's'}`;
const t = (key: string) => (key === 'stemweek.unit.and' ? 'en' : key);
const MINUTE = 60_000;

describe(describeTimeUntil.name, () => {
  it('says days and hours, then hours and minutes, then minutes, rounding up', () => {
    expect(describeTimeUntil(0, (2 * 24 * 60 + 5 * 60 + 10) * MINUTE, plural, t)).toBe('2 days en 5 hours');
    expect(describeTimeUntil(0, 24 * 60 * MINUTE, plural, t)).toBe('1 day');
    expect(describeTimeUntil(0, (3 * 60 + 20) * MINUTE, plural, t)).toBe('3 hours en 20 minutes');
    expect(describeTimeUntil(0, 59 * MINUTE + 1, plural, t)).toBe('1 hour');
    expect(describeTimeUntil(0, 1000, plural, t)).toBe('1 minute');
    expect(describeTimeUntil(5000, 0, plural, t)).toBe('1 minute');
  });
});

describe(currentStemweek.name, () => {
  const stemweek = (id: string, state: StemweekSummary['state'], opensAt: string): StemweekSummary =>
    ({ id, state, opensAt, closesAt: opensAt, title: { nl: id, en: id } }) as StemweekSummary;

  it('prefers the open stemweek, then the next one, then counting, then the latest result', () => {
    const archive = stemweek('2017', 'published', '2017-11-01T09:00:00Z');
    const last = stemweek('2026', 'published', '2026-11-01T09:00:00Z');
    const counting = stemweek('voorjaar', 'counting', '2027-03-01T09:00:00Z');
    const later = stemweek('2028', 'upcoming', '2028-03-01T09:00:00Z');
    const next = stemweek('2027', 'upcoming', '2027-10-01T09:00:00Z');
    const open = stemweek('nu', 'open', '2027-04-01T09:00:00Z');
    expect(currentStemweek([later, next, open, counting, last, archive])?.id).toBe('nu');
    expect(currentStemweek([later, next, counting, last, archive])?.id).toBe('2027');
    expect(currentStemweek([counting, last, archive])?.id).toBe('voorjaar');
    expect(currentStemweek([last, archive])?.id).toBe('2026');
    expect(currentStemweek([])).toBeNull();
  });
});
