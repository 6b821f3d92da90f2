import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ErrorFilter } from './error.filter';

/** A response that records what the filter sends. */
function recordingResponse() {
  const sent: { status?: number; headers: Record<string, string>; body?: string } = { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => void (sent.headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete sent.headers[name.toLowerCase()],
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.headers['content-type'] = value;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  return { response: response as unknown as Response, sent };
}

describe(ErrorFilter.name, () => {
  it('gives every 500 a request id, in the log line and in the body, and never the error itself', () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const { response, sent } = recordingResponse();
    const request = { method: 'POST', path: '/api/x', headers: { 'accept-language': 'en' } } as unknown as Request;
    new ErrorFilter().handleExpressError(new Error('secret internals'), request, response, (() => undefined) as NextFunction);
    const body = JSON.parse(sent.body ?? '{}');
    expect(sent.status).toBe(500);
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL', message: expect.stringContaining(body.requestId), requestId: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(sent.body).not.toContain('secret internals');
    expect(logged).toEqual([expect.stringContaining(`[${body.requestId}] POST /api/x: Error: secret internals`)]);
  });
});
