import { useTranslations } from 'next-intl';
import { constraints, problemCodes, resolveParameter, typeLabel } from './json-schema';
import type { ApiDocument, OperationEntry } from './openapi-types';
import { SchemaBody } from './schema-fields';

const METHOD_STYLE: Record<string, string> = {
  GET: 'bg-success-soft text-success-fg ring-success-line',
  POST: 'bg-accent-soft text-accent-soft-fg ring-accent-line',
  PATCH: 'bg-warning-soft text-warning-fg ring-warning-line',
  PUT: 'bg-warning-soft text-warning-fg ring-warning-line',
  DELETE: 'bg-danger-soft text-danger-fg ring-danger-line',
};

/** The anchor of an operation, stable across builds: its operationId. */
export const operationAnchor = (entry: OperationEntry) => entry.operation.operationId;

function Badge({ children, tone }: { children: React.ReactNode; tone: 'neutral' | 'accent' | 'info' | 'warning' | 'danger' }) {
  const styles = {
    neutral: 'bg-surface-muted text-fg ring-line-strong',
    accent: 'bg-accent-soft text-accent-soft-fg ring-accent-line',
    info: 'bg-info-soft text-info-fg ring-info-line',
    warning: 'bg-warning-soft text-warning-fg ring-warning-line',
    danger: 'bg-danger-soft text-danger-fg ring-danger-line',
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
  const t = useTranslations('docs.operation');

  return (
    <article
      id={operationAnchor(entry)}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6"
    >
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <span className={`rounded-md px-2 py-0.5 font-mono text-sm ring-1 ${METHOD_STYLE[method] ?? METHOD_STYLE.GET}`}>
          {method}
        </span>{' '}
        <code className="font-mono wrap-anywhere text-fg">{path}</code>
      </h3>
      <p className="mt-2 text-fg">{operation.summary}</p>
      {operation.description && <p className="mt-1 text-sm text-fg-soft">{operation.description}</p>}

      <ul aria-label={t('requirements')} className="mt-3 flex flex-wrap gap-2">
        {isPublic ? (
          <Badge tone="neutral">{t('public')}</Badge>
        ) : isAdmin ? (
          <Badge tone="danger">{t('adminOnly')}</Badge>
        ) : (
          <Badge tone="accent">{t('signedIn')}</Badge>
        )}
        {headers.has('X-Queue-Token') && <Badge tone="info">{t('queueToken')}</Badge>}
        {headers.has('Idempotency-Key') && <Badge tone="warning">{t('idempotencyKey')}</Badge>}
        {operation.responses['429'] && <Badge tone="neutral">{t('rateLimited')}</Badge>}
      </ul>

      {parameters.length > 0 && (
        <section className="mt-5">
          <h4 className="text-sm font-semibold text-fg">{t('parameters')}</h4>
          <ul className="mt-2 space-y-2 border-l-2 border-line pl-3">
            {parameters.map((p) => {
              const notes = constraints(p.schema);
              return (
                <li key={`${p.in}-${p.name}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                  <code className="font-mono font-semibold text-fg">{p.name}</code>
                  <span className="text-xs text-fg-soft">{t('location', { location: p.in })}</span>
                  <span className="font-mono text-xs text-accent-fg">{typeLabel(p.schema)}</span>
                  <span className={p.required ? 'text-xs font-medium text-danger-fg' : 'text-xs text-fg-muted'}>
                    {p.required ? t('required') : t('optional')}
                  </span>
                  {notes.length > 0 && <span className="text-xs wrap-anywhere text-fg-muted">{notes.join(' · ')}</span>}
                  {p.description && <span className="basis-full text-fg-soft">{p.description}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {body && (
        <section className="mt-5">
          <h4 className="text-sm font-semibold text-fg">
            {t('requestBody')} <span className="font-normal text-fg-muted">application/json</span>
          </h4>
          <div className="mt-2">
            <SchemaBody schema={body} />
          </div>
        </section>
      )}

      <section className="mt-5">
        <h4 className="text-sm font-semibold text-fg">{t('responses')}</h4>
        <ul className="mt-2 space-y-2">
          {successes.map(([status, response]) => {
            const schema = response.content?.['application/json']?.schema;
            return (
              <li key={status}>
                {schema ? (
                  <details className="group rounded-lg bg-success-soft/60 ring-1 ring-success-line">
                    <summary className="cursor-pointer px-3 py-2 text-sm">
                      <StatusCode status={status} tone="success" /> <span className="text-fg-soft">· {t('responseBody')}</span>
                    </summary>
                    <div className="px-3 pb-3">
                      <SchemaBody schema={schema} />
                    </div>
                  </details>
                ) : (
                  <p className="px-3 py-2 text-sm">
                    <StatusCode status={status} tone="success" /> <span className="text-fg-soft">· {t('noBody')}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <h5 className="mt-4 text-xs font-semibold tracking-wide text-fg-muted uppercase">{t('problems')}</h5>
        <dl className="mt-2 space-y-1.5 text-sm">
          {problems.map(([status, response]) => (
            <div key={status} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <dt className="shrink-0 sm:w-52">
                <StatusCode status={status} tone="danger" />
              </dt>
              <dd className="flex flex-wrap gap-1.5">
                {problemCodes(response.description).map((code) => (
                  <code key={code} className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-fg">
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

function StatusCode({ status, tone }: { status: string; tone: 'success' | 'danger' }) {
  const t = useTranslations('docs.httpStatus');
  const style = tone === 'success' ? 'text-success-fg' : 'text-danger-fg';
  return (
    <span className={`font-mono font-semibold ${style}`}>
      {status} <span className="font-sans font-normal text-fg-muted">{t.has(status as '200') ? t(status as '200') : ''}</span>
    </span>
  );
}
