/**
 * The OpenAPI 3.1 document, built from the route handlers' own specs: the zod schemas they
 * validate with, their auth, queue gate, idempotency and rate limits, and their doc notes.
 * Nothing here is a hand-kept copy of a schema.
 */
import { z, type ZodType } from 'zod';
import { ERROR_CODES, type ErrorCode } from '@/lib/core/errors';
import { STATUS } from '@/lib/http/problem';
import type { RouteHandler, RouteSpec } from '@/lib/http/route';

export interface RouteModule {
  /** The path under /api/v1 with {params}, e.g. /reservations/{id}. */
  path: string;
  handlers: Partial<Record<string, unknown>> & Partial<Record<'GET' | 'POST' | 'PATCH' | 'DELETE', RouteHandler>>;
}

type JsonSchema = Record<string, unknown>;

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** A zod schema as JSON Schema, without the $schema line that OpenAPI documents do not carry. */
function jsonSchema(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete converted.$schema;
  return converted;
}
const inputSchema = (schema: ZodType) => jsonSchema(schema, 'input');
const outputSchema = (schema: ZodType) => jsonSchema(schema, 'output');

/** The error codes a route can answer, from what its spec checks. */
export function errorCodesOf(spec: RouteSpec, method: string): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.doc?.errors ?? []);
  if (spec.auth !== 'none') codes.add('UNAUTHENTICATED');
  if (spec.auth === 'admin') codes.add('FORBIDDEN');
  if (spec.queue) ['QUEUE_TOKEN_MISSING', 'QUEUE_TOKEN_INVALID', 'QUEUE_TOKEN_EXPIRED'].forEach((c) => codes.add(c as ErrorCode));
  if (spec.queue === 'active') codes.add('QUEUE_TOKEN_WAITING');
  // Ids in a path are opaque: one no record could have is simply not found (docs/api.md).
  if (spec.params) codes.add('NOT_FOUND');
  if (spec.query || spec.body || spec.idempotency) codes.add('VALIDATION_FAILED');
  if (spec.body) codes.add('PAYLOAD_TOO_LARGE');
  if (spec.idempotency) codes.add('IDEMPOTENCY_KEY_REUSED');
  if (spec.rateLimit?.length) codes.add('RATE_LIMITED');
  // Browsers' cross-site writes are refused (lib/http/same-origin.ts).
  if (method !== 'GET') codes.add('FORBIDDEN');
  return ERROR_CODES.filter((code) => codes.has(code));
}

function parameters(schema: ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    // Ids are opaque strings to clients, whatever the server checks them against.
    schema: where === 'path' ? { type: 'string' } : property,
  }));
}

function operation(method: string, path: string, spec: RouteSpec) {
  const doc = spec.doc;
  const params: unknown[] = [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')];
  if (spec.queue) params.push({ $ref: '#/components/parameters/QueueToken' });
  if (spec.idempotency) params.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(doc?.responses ?? { 200: null })) {
    responses[status] = schema
      ? { description: 'Success', content: { 'application/json': { schema: outputSchema(schema) } } }
      : { description: 'Success' };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(spec, method)) byStatus.set(STATUS[code], [...(byStatus.get(STATUS[code]) ?? []), code]);
  byStatus.set(500, ['INTERNAL']);
  for (const [status, codes] of byStatus) {
    responses[String(status)] = {
      description: `Problem: ${codes.join(', ')}`,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }

  return {
    operationId: `${method.toLowerCase()}${path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''))}`,
    summary: doc?.summary ?? `${method} ${path}`,
    ...(doc?.description ? { description: doc.description } : {}),
    tags: [doc?.tag ?? 'Other'],
    security: spec.auth === 'none' ? [] : [{ session: [] }],
    ...(params.length ? { parameters: params } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(spec.body) } } } }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(routes: RouteModule[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const [method, handler] of Object.entries(route.handlers)) {
      // A route module also exports settings such as `dynamic`: only handlers have a spec.
      if (!HTTP_METHODS.has(method) || !(handler as Partial<RouteHandler> | undefined)?.spec) continue;
      const { spec } = handler as RouteHandler;
      (paths[`/api/v1${route.path}`] ??= {})[method.toLowerCase()] = operation(method, route.path, spec);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Encore API',
      version: '1.0.0',
      description:
        'Concert tickets with a fair virtual waiting room. Money is integer Korean won; times are ISO-8601 UTC. ' +
        'Sign in with next-auth credentials (GET /api/auth/csrf, then POST /api/auth/callback/credentials ' +
        'form-encoded with csrfToken, email, password); the session cookie authenticates every call after that.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'next-auth.session-token',
          description: 'The next-auth session cookie (`__Secure-` prefixed behind HTTPS).',
        },
      },
      parameters: {
        QueueToken: {
          name: 'X-Queue-Token',
          in: 'header',
          required: true,
          description: 'Your queue token for this concert (from POST /api/v1/queue/tokens).',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Scoped to you and this endpoint, kept 24 hours: a repeat with the same body returns the first answer and changes nothing; with another body it is 409 IDEMPOTENCY_KEY_REUSED.',
          schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[\\x21-\\x7e]+$' },
        },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'detail'],
          properties: {
            type: { const: 'about:blank' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { enum: [...ERROR_CODES] },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['path', 'message'],
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
            requestId: { type: 'string' },
            checkedInAt: {
              type: 'string',
              format: 'date-time',
              description: 'TICKET_ALREADY_USED only: when the ticket was let in',
            },
          },
        },
      },
    },
  };
}
