import { constraints, fieldsOf, typeLabel, unwrapNullable } from './json-schema';
import type { JsonSchema } from './openapi-types';

/** The fields of an object schema as a nested list: name, type, required or optional, limits, meaning. */
export function SchemaFields({ schema }: { schema: JsonSchema }) {
  const object = fieldsOf(schema);
  if (!object?.properties) return null;
  const required = new Set(object.required ?? []);
  return (
    <ul className="space-y-2 border-l-2 border-slate-200 pl-3">
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
  const notes = constraints(schema);
  const { description } = unwrapNullable(schema).schema;
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <code className="font-mono font-semibold text-slate-900">{name}</code>
      <span className="font-mono text-xs wrap-anywhere text-indigo-800">{typeLabel(schema)}</span>
      <span className={required ? 'text-xs font-medium text-rose-800' : 'text-xs text-slate-600'}>
        {required ? 'required' : 'optional'}
      </span>
      {notes.length > 0 && <span className="text-xs text-slate-600">{notes.join(' · ')}</span>}
      {description && <span className="basis-full text-slate-700">{description}</span>}
    </div>
  );
}

/** A whole body: its type when it is not a plain object (a list, say), then its fields. */
export function SchemaBody({ schema }: { schema: JsonSchema }) {
  const label = typeLabel(schema);
  return (
    <div className="space-y-2">
      {label !== 'object' && <p className="font-mono text-xs text-indigo-800">{label}</p>}
      {schema.description && <p className="text-sm text-slate-700">{schema.description}</p>}
      <SchemaFields schema={schema} />
    </div>
  );
}
