import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, test } from 'vitest';
import { GET } from '@/app/api/v1/openapi.json/route';

const API_DIR = path.resolve(import.meta.dirname, '..', 'app', 'api', 'v1');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

const apiPath = (file: string) =>
  '/api/v1' +
  path
    .relative(API_DIR, path.dirname(file))
    .split(path.sep)
    .map((s) => s.replace(/^\[(\w+)\]$/, '{$1}'))
    .join('/')
    .replace(/^(?!$)/, '/');

async function document() {
  const response = await GET(new Request('http://localhost/api/v1/openapi.json'));
  expect(response.status).toBe(200);
  return response.json();
}

describe('the OpenAPI document', () => {
  test('lists every method of every route under app/api/v1', async () => {
    const doc = await document();
    const missing: string[] = [];
    for (const file of routeFiles(API_DIR)) {
      const routeModule = await import(file);
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => m in routeModule)) {
        if (!doc.paths[apiPath(file)]?.[method.toLowerCase()]) missing.push(`${method} ${apiPath(file)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('is valid OpenAPI 3.1', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('describes the queue token, idempotency key and problem codes where they apply', async () => {
    const doc = await document();
    const payment = doc.paths['/api/v1/payments'].post;
    const refs = payment.parameters.map((p: { $ref?: string }) => p.$ref);
    expect(refs).toEqual(
      expect.arrayContaining(['#/components/parameters/QueueToken', '#/components/parameters/IdempotencyKey']),
    );
    expect(payment.responses['402'].description).toContain('INSUFFICIENT_BALANCE');
    expect(payment.responses['410'].description).toContain('QUEUE_TOKEN_EXPIRED');
    expect(payment.requestBody.content['application/json'].schema.properties.reservationIds.maxItems).toBe(4);
    expect(doc.paths['/api/v1/concerts'].get.security).toEqual([]);
  });
});
