import { APIRequestContext, expect } from '@playwright/test';

/** Test data goes in through the public API, as another client would; the CSRF cookie is echoed like the web app does. */
export async function apiPost(request: APIRequestContext, path: string, data: unknown): Promise<unknown> {
  await request.get('/api/health');
  const state = await request.storageState();
  const token = state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await request.post(path, { data, headers: { 'X-XSRF-TOKEN': token } });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.status() === 204 ? undefined : response.json();
}

export interface CapturedMail {
  to: string;
  subject: string;
  text: string;
}

/** The newest captured mail to `to` (the API lists the newest first), optionally only one with this subject. */
export async function lastMailTo(request: APIRequestContext, to: string, subject?: string): Promise<CapturedMail> {
  const response = await request.get('/api/dev/mails');
  const mails = (await response.json()) as CapturedMail[];
  const mail = mails.find((candidate) => candidate.to === to && (subject === undefined || candidate.subject === subject));
  expect(mail, `a captured mail to ${to}${subject ? ` about "${subject}"` : ''}`).toBeDefined();
  return mail as CapturedMail;
}

/** The path and query of the link in a mail that goes to `path` on this site (the mail's host may differ). */
export function linkInMail(mail: CapturedMail, path: string): string {
  const url = mail.text.match(/https?:\/\/\S+/g)?.map((link) => new URL(link)).find((link) => link.pathname === path);
  expect(url, `a link to ${path} in "${mail.subject}"`).toBeDefined();
  return `${url?.pathname}${url?.search}`;
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${process.pid}.${counter}@example.org`;
}
