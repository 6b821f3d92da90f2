import type { StemweekAuditEntry } from '@wijkdeal/shared-contracts';

interface Texts {
  t: (key: string, params?: Record<string, string | number>) => string;
  plural: (key: string, count: number, params?: Record<string, string | number>) => string;
  formatDateTime: (iso: string) => string;
}

const number = (value: unknown): number => (typeof value === 'number' ? value : 0);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * One line of the audit log as a sentence with the person's name: "Anne Beheer sloot de stemweek vervroegd; 212
 * stemmen gingen uit de stembus." Times inside a sentence are Amsterdam time, as everywhere on the site. An action
 * this version does not know is still shown, by its name.
 */
export function auditSentence(entry: StemweekAuditEntry, { t, plural, formatDateTime }: Texts): string {
  const who = entry.actor?.displayName ?? t('stemweek.audit.someone');
  const details = entry.details;
  switch (entry.action) {
    case 'create':
      return t('stemweek.audit.sentence.create', { who });
    case 'update': {
      const changed = Array.isArray(details['changed']) ? (details['changed'] as unknown[]).map(String) : [];
      return t('stemweek.audit.sentence.update', { who, what: changed.map((field) => t(`stemweek.audit.field.${field}`)).join(', ') || '–' });
    }
    case 'open-now':
      return t('stemweek.audit.sentence.openNow', { who, planned: details['plannedOpensAt'] ? formatDateTime(text(details['plannedOpensAt'])) : '–' });
    case 'close':
      return plural('stemweek.audit.sentence.close', number(details['ballotsOpened']), { who });
    case 'open-ballot-box':
      return plural('stemweek.audit.sentence.openBox', number(details['ballotsOpened']), { who });
    case 'generate-codes':
      return plural(details['boundToAddresses'] ? 'stemweek.audit.sentence.codesBound' : 'stemweek.audit.sentence.codes', number(details['count']), { who });
    case 'enter-paper-ballot':
      return t('stemweek.audit.sentence.paper', { who, sheet: number(details['sheet']), batch: text(details['batch']), entry: number(details['entry']), status: t(`stemweek.audit.status.${text(details['status'])}`) });
    case 'publish': {
      const published = plural('stemweek.audit.sentence.publish', number(details['ballots']), { who });
      const leftOut = Array.isArray(details['leftOut']) ? details['leftOut'].length : 0;
      return leftOut ? `${published} ${plural('stemweek.audit.sentence.leftOut', leftOut, { reason: text(details['reason']) })}` : published;
    }
    case 'import':
      return t('stemweek.audit.sentence.import', { who });
    case 'match-item':
      return t('stemweek.audit.sentence.matchItem', { who });
    default:
      return `${who}: ${entry.action}`;
  }
}
