/**
 * Plain words for JSON Schema, for the API reference. zod writes every integer with the
 * safe-integer bounds and every uuid and date-time with the regular expression behind its
 * format: a reader needs the format's name, not either of those.
 */
import type { ApiDocument, JsonSchema, OperationEntry, Parameter } from './openapi-types';

const SAFE = Number.MAX_SAFE_INTEGER;

/** The schema without its null branch, and whether null is allowed. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!branches) return { schema, nullable: false };
  const others = branches.filter((branch) => branch.type !== 'null');
  if (others.length === branches.length || others.length !== 1) return { schema, nullable: false };
  // The description sits on the union, not on its branches.
  return { schema: { ...others[0], description: schema.description ?? others[0].description }, nullable: true };
}

export function typeLabel(input: JsonSchema): string {
  const { schema, nullable } = unwrapNullable(input);
  const label = baseLabel(schema);
  return nullable ? `${label} | null` : label;
}

function baseLabel(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.split('/').at(-1) ?? schema.$ref;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branches.map(typeLabel).join(' | ');
  if (schema.type === 'array') return `array of ${schema.items ? typeLabel(schema.items) : 'anything'}`;
  if (schema.type === 'string' && schema.format) return `string (${schema.format})`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'any';
}

/** The limits a value must keep, in words: "1 to 4 items", "at most 128 characters". */
export function constraints(input: JsonSchema): string[] {
  const { schema } = unwrapNullable(input);
  const notes: string[] = [];
  const min = schema.minimum !== undefined && schema.minimum > -SAFE ? schema.minimum : undefined;
  const max = schema.maximum !== undefined && schema.maximum < SAFE ? schema.maximum : undefined;
  notes.push(...range(min, max, ''));
  notes.push(...range(schema.minLength, schema.maxLength, ' characters'));
  notes.push(...range(schema.minItems, schema.maxItems, ' items'));
  if (schema.pattern && !schema.format) notes.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

function range(min: number | undefined, max: number | undefined, unit: string): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  if (min !== undefined && max !== undefined) return [`${n(min)} to ${n(max)}${unit}`];
  if (min !== undefined) return [`at least ${n(min)}${unit}`];
  if (max !== undefined) return [`at most ${n(max)}${unit}`];
  return [];
}

/** The object whose fields to list under a value: itself, its array's items, or its non-null branch. */
export function fieldsOf(input: JsonSchema): JsonSchema | null {
  const { schema } = unwrapNullable(input);
  if (schema.properties && Object.keys(schema.properties).length > 0) return schema;
  if (schema.type === 'array' && schema.items) return fieldsOf(schema.items);
  return null;
}

/** A `$ref` parameter as the document defines it. */
export function resolveParameter(document: ApiDocument, parameter: Parameter | { $ref: string }): Parameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.split('/').at(-1) ?? '';
  return document.components.parameters[name];
}

/** "Problem: NOT_FOUND, SEAT_UNAVAILABLE" (the document's wording) as its codes. */
export function problemCodes(description: string): string[] {
  const match = /^Problem: (.+)$/.exec(description);
  return match ? match[1].split(', ') : [];
}

/** Operations grouped by tag: the tags in `order` first, any others after, each in document order. */
export function operationsByTag(document: ApiDocument, order: readonly string[]): [string, OperationEntry[]][] {
  const groups = new Map<string, OperationEntry[]>(order.map((tag) => [tag, []]));
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags[0] ?? 'Other';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push({ method: method.toUpperCase(), path, operation });
    }
  }
  return [...groups].filter(([, entries]) => entries.length > 0);
}
