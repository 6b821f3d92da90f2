import { Injectable, signal } from '@angular/core';
import { GeneratedCodes } from '@wijkdeal/shared-contracts';

/** The link on a letter and in its QR code: this site's own origin, the stemweek, and the code. */
/** Short enough to type from paper: /stem/CODE finds the stemweek from the code itself. */
export function letterUrl(origin: string, code: string): string {
  return `${origin}/stem/${encodeURIComponent(code)}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The codes as a CSV file for a mail merge: code, url, and the address when codes were bound to one. */
export function codesCsv(generated: GeneratedCodes, origin: string): string {
  const withAddress = generated.codes.some((code) => code.postcode);
  const header = withAddress ? 'code,url,postcode,house_number' : 'code,url';
  const rows = generated.codes.map((code) => {
    const fields = [code.code, letterUrl(origin, code.code)];
    if (withAddress) fields.push(code.postcode ?? '', code.houseNumber ?? '');
    return fields.map(csvField).join(',');
  });
  return [header, ...rows].join('\r\n') + '\r\n';
}

/**
 * The codes generated last, kept in memory only (the API stores nothing but hashes): the admin page shows them
 * and the letters page prints them. A reload forgets them, on purpose.
 */
@Injectable({ providedIn: 'root' })
export class GeneratedCodesStore {
  private readonly latest = signal<GeneratedCodes | null>(null);

  readonly codes = this.latest.asReadonly();

  keep(codes: GeneratedCodes): void {
    this.latest.set(codes);
  }

  forStemweek(id: string): GeneratedCodes | null {
    const codes = this.latest();
    return codes?.stemweekId === id ? codes : null;
  }
}

/** The counting key of a stemweek just created, kept in memory only, so the admin page can show it this once. */
@Injectable({ providedIn: 'root' })
export class BallotBoxKeyStore {
  private readonly latest = signal<{ stemweekId: string; key: string } | null>(null);

  keep(stemweekId: string, key: string): void {
    this.latest.set({ stemweekId, key });
  }

  forStemweek(id: string): string | null {
    const latest = this.latest();
    return latest?.stemweekId === id ? latest.key : null;
  }
}
