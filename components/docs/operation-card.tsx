import { constraints, HTTP_STATUS_TEXT, problemCodes, resolveParameter, typeLabel } from './json-schema';
import type { ApiDocument, OperationEntry } from './openapi-types';
import { SchemaBody } from './schema-fields';

const METHOD_STYLE: Record<string, string> = {
  GET: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  POST: 'bg-indigo-100 text-indigo-900 ring-indigo-300',
  PATCH: 'bg-amber-100 text-amber-900 ring-amber-300',
  PUT: 'bg-amber-100 text-amber-900 ring-amber-300',
  DELETE: 'bg-rose-100 text-rose-900 ring-rose-300',
};

/** The anchor of an operation, stable across builds: its operationId. */
export const operationAnchor = (entry: OperationEntry) => entry.operation.operationId;

function Badge({ children, tone }: { children: React.ReactNode; tone: 'slate' | 'violet' | 'sky' | 'amber' | 'rose' }) {
  const styles = {
    slate: 'bg-slate-100 text-slate-800 ring-slate-300',
    violet: 'bg-violet-100 text-violet-900 ring-violet-300',
    sky: 'bg-sky-100 text-sky-900 ring-sky-300',
    amber: 'bg-amber-100 text-amber-900 ring-amber-300',
    rose: 'bg-rose-100 text-rose-900 ring-rose-300',
  }[tone];
  return <li className={`rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${styles}`}>{children}</li>;
}

export function OperationCard({ entry, document }: { entry: OperationEntry; document: ApiDocument }) {
  const { method, path, operation } = entry;
  const parameters = (operation.parameters ?? []).map((p) => resolveParameter(document, p));
  const headers = new Set(parameters.filter((p) => p.in === 'header').map((p) => p.name));
  const isPublic = operation.security.length === 0;
  const isAdmin = path.startsWith('/api/v1/admin/');
  const body = operation.requestBody?.content['application/json']?.schema;
  const responses = Object.entries(operation.responses);
  const successes = responses.filter(([status]) => Number(status) < 400);
  const problems = responses.filter(([status]) => Number(status) >= 400);
  const headingId = `${operationAnchor(entry)}-title`;

  return (
    <article
      id={operationAnchor(entry)}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <span className={`rounded-md px-2 py-0.5 font-mono text-sm ring-1 ${METHOD_STYLE[method] ?? METHOD_STYLE.GET}`}>
          {method}
        </span>{' '}
        <code className="font-mono wrap-anywhere text-slate-900">{path}</code>
      </h3>
      <p className="mt-2 text-slate-800">{operation.summary}</p>
      {operation.description && <p className="mt-1 text-sm text-slate-700">{operation.description}</p>}

      <ul aria-label="Requirements" className="mt-3 flex flex-wrap gap-2">
        {isPublic ? (
          <Badge tone="slate">Public</Badge>
        ) : isAdmin ? (
          <Badge tone="rose">Admin only</Badge>
        ) : (
          <Badge tone="violet">Signed in</Badge>
        )}
        {headers.has('X-Queue-Token') && <Badge tone="sky">Queue token</Badge>}
        {headers.has('Idempotency-Key') && <Badge tone="amber">Idempotency-Key</Badge>}
        {operation.responses['429'] && <Badge tone="slate">Rate limited</Badge>}
      </ul>

      {parameters.length > 0 && (
        <section className="mt-5">
          <h4 className="text-sm font-semibold text-slate-900">Parameters</h4>
          <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
            {parameters.map((p) => {
              const notes = constraints(p.schema);
              return (
                <li key={`${p.in}-${p.name}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                  <code className="font-mono font-semibold text-slate-900">{p.name}</code>
                  <span className="text-xs text-slate-700">in {p.in}</span>
                  <span className="font-mono text-xs text-indigo-800">{typeLabel(p.schema)}</span>
                  <span className={p.required ? 'text-xs font-medium text-rose-800' : 'text-xs text-slate-600'}>
                    {p.required ? 'required' : 'optional'}
                  </span>
                  {notes.length > 0 && <span className="text-xs wrap-anywhere text-slate-600">{notes.join(' · ')}</span>}
                  {p.description && <span className="basis-full text-slate-700">{p.description}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {body && (
        <section className="mt-5">
          <h4 className="text-sm font-semibold text-slate-900">
            Request body <span className="font-normal text-slate-600">application/json</span>
          </h4>
          <div className="mt-2">
            <SchemaBody schema={body} />
          </div>
        </section>
      )}

      <section className="mt-5">
        <h4 className="text-sm font-semibold text-slate-900">Responses</h4>
        <ul className="mt-2 space-y-2">
          {successes.map(([status, response]) => {
            const schema = response.content?.['application/json']?.schema;
            return (
              <li key={status}>
                {schema ? (
                  <details className="group rounded-lg bg-emerald-50/60 ring-1 ring-emerald-200">
                    <summary className="cursor-pointer px-3 py-2 text-sm">
                      <StatusCode status={status} tone="emerald" /> <span className="text-slate-700">· response body</span>
                    </summary>
                    <div className="px-3 pb-3">
                      <SchemaBody schema={schema} />
                    </div>
                  </details>
                ) : (
                  <p className="px-3 py-2 text-sm">
                    <StatusCode status={status} tone="emerald" /> <span className="text-slate-700">· no body</span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <h5 className="mt-4 text-xs font-semibold tracking-wide text-slate-600 uppercase">Problems (application/problem+json)</h5>
        <dl className="mt-2 space-y-1.5 text-sm">
          {problems.map(([status, response]) => (
            <div key={status} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <dt className="shrink-0 sm:w-52">
                <StatusCode status={status} tone="rose" />
              </dt>
              <dd className="flex flex-wrap gap-1.5">
                {problemCodes(response.description).map((code) => (
                  <code key={code} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
                    {code}
                  </code>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}

function StatusCode({ status, tone }: { status: string; tone: 'emerald' | 'rose' }) {
  const style = tone === 'emerald' ? 'text-emerald-900' : 'text-rose-800';
  return (
    <span className={`font-mono font-semibold ${style}`}>
      {status} <span className="font-sans font-normal text-slate-600">{HTTP_STATUS_TEXT[status] ?? ''}</span>
    </span>
  );
}
