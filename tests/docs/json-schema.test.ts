import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { GET } from '@/app/api/v1/openapi.json/route';
import { constraints, fieldsOf, operationsByTag, problemCodes, typeLabel } from '@/components/docs/json-schema';
import type { ApiDocument, JsonSchema } from '@/components/docs/openapi-types';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;

async function apiDocument(): Promise<ApiDocument> {
  return (await GET(new Request('http://localhost/api/v1/openapi.json'))).json();
}

describe('JSON Schema in plain words', () => {
  test('names types by what a client sends or reads, not by the regular expressions behind them', () => {
    expect(typeLabel(jsonSchema(z.uuid()))).toBe('string (uuid)');
    expect(typeLabel(jsonSchema(z.iso.datetime().nullable()))).toBe('string (date-time) | null');
    expect(typeLabel(jsonSchema(z.array(z.int())))).toBe('array of integer');
    expect(typeLabel(jsonSchema(z.enum(['HELD', 'SOLD'])))).toBe('"HELD" | "SOLD"');
    expect(typeLabel(jsonSchema(z.literal(true)))).toBe('true');
    expect(constraints(jsonSchema(z.uuid()))).toEqual([]);
  });

  test('states limits, leaving out the safe-integer bounds every zod integer carries', () => {
    expect(constraints(jsonSchema(z.int()))).toEqual([]);
    expect(constraints(jsonSchema(z.int().min(1).max(1_000_000)))).toEqual(['1 to 1,000,000']);
    expect(constraints(jsonSchema(z.int().min(0).nullable()))).toEqual(['at least 0']);
    expect(constraints(jsonSchema(z.array(z.string()).min(1).max(4)))).toEqual(['1 to 4 items']);
    expect(constraints(jsonSchema(z.string().max(128)))).toEqual(['at most 128 characters']);
  });

  test('lists the fields of an object, of a list of objects, and of a nullable object', () => {
    const item = z.strictObject({ id: z.uuid() });
    for (const schema of [item, z.array(item), item.nullable()]) {
      expect(Object.keys(fieldsOf(jsonSchema(schema))?.properties ?? {})).toEqual(['id']);
    }
    expect(fieldsOf(jsonSchema(z.string()))).toBeNull();
  });

  test('reads the problem codes the document lists under a status', () => {
    expect(problemCodes('Problem: NOT_FOUND, SEAT_UNAVAILABLE')).toEqual(['NOT_FOUND', 'SEAT_UNAVAILABLE']);
    expect(problemCodes('Success')).toEqual([]);
  });
});

describe('the reference page of the real document', () => {
  test('groups every operation under a documented tag, in the order given', async () => {
    const document = await apiDocument();
    const order = ['Accounts', 'Queue', 'Concerts', 'Booking', 'Wallet', 'Payments', 'Admin', 'Service'];
    const groups = operationsByTag(document, order);
    expect(groups.map(([tag]) => tag)).toEqual(order);
    const listed = groups.flatMap(([, entries]) => entries.map((e) => `${e.method} ${e.path}`));
    const all = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(all.sort());
  });

  test('every documented field has a type in words and every problem status names its codes', async () => {
    const document = await apiDocument();
    const vague: string[] = [];
    const visit = (schema: JsonSchema, where: string) => {
      const object = fieldsOf(schema);
      for (const [name, property] of Object.entries(object?.properties ?? {})) {
        if (/\bany\b/.test(typeLabel(property))) vague.push(`${where}.${name}`);
        visit(property, `${where}.${name}`);
      }
    };
    for (const [path, ops] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (operation.requestBody) visit(operation.requestBody.content['application/json'].schema, `${where} body`);
        for (const [status, response] of Object.entries(operation.responses)) {
          const schema = response.content?.['application/json']?.schema;
          if (schema) visit(schema, `${where} ${status}`);
          if (Number(status) >= 400) expect(problemCodes(response.description), `${where} ${status}`).not.toEqual([]);
        }
      }
    }
    expect(vague).toEqual([]);
  });
});
