/* eslint-disable @typescript-eslint/no-explicit-any -- OpenAPI documents are walked as plain JSON. */
import { ApiClient } from './api-client';
import { DEMO, TestApp } from './test-app';

/** A JSON schema from the OpenAPI document, with `$ref`s resolved on demand by {@link resolveSchema}. */
export type Schema = Record<string, any>;

export interface OperationParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

/** One operation of the OpenAPI document: what a role-matrix or fuzz test needs to call it. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The templated path, e.g. `/api/projects/{slug}`. */
  path: string;
  operationId: string;
  summary: string;
  parameters: OperationParameter[];
  /** The media type and schema of the request body, if the operation takes one. */
  body?: { contentType: string; schema: Schema; required: boolean };
}

/** Every operation of the document, in document order. */
export function listOperations(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(document.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const content = operation.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        operationId: operation.operationId ?? `${method} ${path}`,
        summary: operation.summary ?? '',
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])]
          .filter((parameter: any) => parameter.in === 'path' || parameter.in === 'query')
          .map((parameter: any) => ({ name: parameter.name, in: parameter.in, required: Boolean(parameter.required), schema: parameter.schema ?? { type: 'string' } })),
        body: contentType ? { contentType, schema: content[contentType].schema ?? {}, required: Boolean(operation.requestBody.required) } : undefined,
      });
    }
  }
  return operations;
}

/** Follows `$ref`s into `components.schemas` and merges `allOf`, so callers see one plain schema. */
export function resolveSchema(document: any, schema: Schema | undefined): Schema {
  let current: Schema = schema ?? {};
  for (let hops = 0; current['$ref'] && hops < 20; hops += 1) current = document.components?.schemas?.[String(current['$ref']).split('/').pop() ?? ''] ?? {};
  if (Array.isArray(current['allOf'])) {
    const parts = current['allOf'].map((part: Schema) => resolveSchema(document, part));
    return { type: 'object', properties: Object.assign({}, ...parts.map((part: Schema) => part['properties'] ?? {})), required: parts.flatMap((part: Schema) => part['required'] ?? []) };
  }
  return current;
}

/** Fills in a templated path, e.g. `/api/projects/{slug}` with `{ slug: 'x' }`; values are URL-encoded unless `raw`. */
export function fillPath(path: string, values: Record<string, string>, raw = false): string {
  return path.replace(/\{(\w+)\}/g, (_all, name: string) => (raw ? values[name] : encodeURIComponent(values[name] ?? '')));
}

export const DEMO_ROLES = ['admin', 'contact', 'koploper', 'teller', 'projectMember', 'resident'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

/** A client per demo role, each signed in with its own session, plus an anonymous one (with a CSRF cookie). */
export async function signInDemoRoles(t: TestApp): Promise<Record<DemoRole | 'anonymous', ApiClient>> {
  const anonymous = t.client();
  await anonymous.get('/api/health');
  const entries = await Promise.all(
    DEMO_ROLES.map(async (role) => {
      const client = t.client();
      const response = await client.signIn(DEMO[role], DEMO.password);
      if (response.status !== 200 && response.status !== 201) throw new Error(`sign-in as ${role} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return [role, client] as const;
    }),
  );
  return { anonymous, ...Object.fromEntries(entries) } as Record<DemoRole | 'anonymous', ApiClient>;
}
