import { z } from 'zod';

/** GET /api/v1/health when the database answers. */
export const Health = z.strictObject({ ok: z.literal(true) });

/** GET /api/v1/openapi.json, in outline: the document itself is the reference. */
export const OpenApiDocument = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
