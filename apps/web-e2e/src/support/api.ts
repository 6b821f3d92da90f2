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

export async function lastMailTo(request: APIRequestContext, to: string): Promise<CapturedMail> {
  const response = await request.get('/api/dev/mails');
  const mails = (await response.json()) as CapturedMail[];
  const mail = mails.find((candidate) => candidate.to === to);
  expect(mail, `a captured mail to ${to}`).toBeDefined();
  return mail as CapturedMail;
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${process.pid}.${counter}@example.org`;
}
