import { useTranslations } from 'next-intl';
import { constraints, fieldsOf, typeLabel, unwrapNullable } from './json-schema';
import type { JsonSchema } from './openapi-types';

/** The fields of an object schema as a nested list: name, type, required or optional, limits, meaning. */
export function SchemaFields({ schema }: { schema: JsonSchema }) {
  const object = fieldsOf(schema);
  if (!object?.properties) return null;
  const required = new Set(object.required ?? []);
  return (
    <ul className="space-y-2 border-l-2 border-line pl-3">
      {Object.entries(object.properties).map(([name, property]) => (
        <li key={name} className="text-sm">
          <SchemaLine name={name} schema={property} required={required.has(name)} />
          {fieldsOf(property) && (
            <div className="mt-2">
              <SchemaFields schema={property} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function SchemaLine({ name, schema, required }: { name: string; schema: JsonSchema; required: boolean }) {
  const t = useTranslations('docs.operation');
  const notes = constraints(schema);
  const { description } = unwrapNullable(schema).schema;
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <code className="font-mono font-semibold text-fg">{name}</code>
      <span className="font-mono text-xs wrap-anywhere text-accent-fg">{typeLabel(schema)}</span>
      <span className={required ? 'text-xs font-medium text-danger-fg' : 'text-xs text-fg-muted'}>
        {required ? t('required') : t('optional')}
      </span>
      {notes.length > 0 && <span className="text-xs text-fg-muted">{notes.join(' · ')}</span>}
      {description && <span className="basis-full text-fg-soft">{description}</span>}
    </div>
  );
}

/** A whole body: its type when it is not a plain object (a list, say), then its fields. */
export function SchemaBody({ schema }: { schema: JsonSchema }) {
  const label = typeLabel(schema);
  return (
    <div className="space-y-2">
      {label !== 'object' && <p className="font-mono text-xs text-accent-fg">{label}</p>}
      {schema.description && <p className="text-sm text-fg-soft">{schema.description}</p>}
      <SchemaFields schema={schema} />
    </div>
  );
}
