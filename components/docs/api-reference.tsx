import { operationsByTag } from './json-schema';
import type { ApiDocument } from './openapi-types';
import { OperationCard, operationAnchor } from './operation-card';
import { SchemaBody } from './schema-fields';

/** The tags in the order a client meets them, each with a line on what it is for. */
const TAGS = [
  ['Accounts', 'Sign up, and who is signed in.'],
  ['Queue', 'The waiting room: take a place in a concert’s line and follow it until you are admitted.'],
  ['Concerts', 'What is on sale, and for admitted fans the dates and seat maps.'],
  ['Booking', 'Hold seats for a few minutes, list and release holds.'],
  ['Wallet', 'The balance in won, charges and the transaction history.'],
  ['Payments', 'Pay for held seats from the wallet, all or nothing.'],
  ['Admin', 'Publishing concerts and watching lines, sales and seats. Administrators only.'],
  ['Service', 'Health and this document.'],
] as const;
const TAG_NOTE: Record<string, string> = Object.fromEntries(TAGS);

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase()}`;

export function ApiReference({ document }: { document: ApiDocument }) {
  const groups = operationsByTag(
    document,
    TAGS.map(([tag]) => tag),
  );
  return (
    <>
      <header className="mb-10 max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">API reference</h1>
        <p className="text-slate-700">
          {document.info.title} {document.info.version}, from the OpenAPI {document.openapi} document the server builds from its
          own route handlers and their schemas. Machines can read it at{' '}
          <a href="/api/v1/openapi.json" className="font-mono text-indigo-700 underline">
            /api/v1/openapi.json
          </a>
          .
        </p>
      </header>
      <div className="lg:grid lg:grid-cols-[14rem_1fr] lg:gap-8">
        <nav
          aria-label="API sections"
          className="mb-8 lg:sticky lg:top-4 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">On this page</p>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4 lg:grid-cols-1">
            <li>
              <a href="#conventions" className="text-indigo-700 hover:underline">
                Conventions
              </a>
            </li>
            {groups.map(([tag, entries]) => (
              <li key={tag}>
                <a href={`#${tagAnchor(tag)}`} className="text-indigo-700 hover:underline">
                  {tag}
                </a>
                <ul className="mt-1 mb-2 hidden space-y-0.5 border-l border-slate-200 pl-2 text-xs lg:block">
                  {entries.map((entry) => (
                    <li key={operationAnchor(entry)}>
                      <a href={`#${operationAnchor(entry)}`} className="text-slate-700 hover:text-indigo-700 hover:underline">
                        {entry.operation.summary}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>

        <div className="min-w-0 space-y-12">
          <section id="conventions" aria-labelledby="conventions-title" className="scroll-mt-4 space-y-3">
            <h2 id="conventions-title" className="text-2xl font-semibold">
              Conventions
            </h2>
            {document.info.description && <p className="text-slate-700">{document.info.description}</p>}
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>
                <strong>Queue token</strong>: queue-gated calls take <code className="font-mono">X-Queue-Token</code>, the token
                of your place in that concert’s line once it is ACTIVE.
              </li>
              <li>
                <strong>Idempotency-Key</strong>: calls that move money take an optional key; a repeat with the same body answers
                the first result and changes nothing.
              </li>
              <li>
                <strong>Errors</strong> are <code className="font-mono">application/problem+json</code> with a{' '}
                <code className="font-mono">code</code> to act on; a refused request changes nothing. Each operation lists the
                codes it can answer.
              </li>
            </ul>
            <details className="rounded-lg bg-white ring-1 ring-slate-200">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium">The problem body</summary>
              <div className="px-3 pb-3">
                <SchemaBody schema={document.components.schemas.Problem} />
              </div>
            </details>
          </section>

          {groups.map(([tag, entries]) => (
            <section key={tag} id={tagAnchor(tag)} aria-labelledby={`${tagAnchor(tag)}-title`} className="scroll-mt-4 space-y-4">
              <div>
                <h2 id={`${tagAnchor(tag)}-title`} className="text-2xl font-semibold">
                  {tag}
                </h2>
                {TAG_NOTE[tag] && <p className="mt-1 text-slate-700">{TAG_NOTE[tag]}</p>}
              </div>
              {entries.map((entry) => (
                <OperationCard key={operationAnchor(entry)} entry={entry} document={document} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
