import { useTranslations } from 'next-intl';
import { operationsByTag } from './json-schema';
import type { ApiDocument } from './openapi-types';
import { OperationCard, operationAnchor } from './operation-card';
import { SchemaBody } from './schema-fields';

/** The tags in the order a client meets them; the catalogs (docs.tags) name each and say what it is for. */
const TAGS = ['Accounts', 'Queue', 'Concerts', 'Booking', 'Wallet', 'Payments', 'Admin', 'Service'] as const;
type Tag = (typeof TAGS)[number];
const isKnownTag = (tag: string): tag is Tag => (TAGS as readonly string[]).includes(tag);

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase()}`;

export function ApiReference({ document }: { document: ApiDocument }) {
  const t = useTranslations('docs');
  const groups = operationsByTag(document, [...TAGS]);
  // A tag the catalogs do not know yet shows as the document names it.
  const tagTitle = (tag: string) => (isKnownTag(tag) ? t(`tags.${tag}.title`) : tag);
  return (
    <>
      <header className="mb-10 max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="text-fg-soft">
          {t.rich('intro', {
            title: document.info.title,
            version: document.info.version,
            openapi: document.openapi,
            link: (chunks) => (
              <a href="/api/v1/openapi.json" className="font-mono text-accent-fg underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      <div className="lg:grid lg:grid-cols-[14rem_1fr] lg:gap-8">
        <nav
          aria-label={t('sections')}
          className="mb-8 lg:sticky lg:top-4 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <p className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{t('onThisPage')}</p>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4 lg:grid-cols-1">
            <li>
              <a href="#conventions" className="text-accent-fg hover:underline">
                {t('conventions')}
              </a>
            </li>
            {groups.map(([tag, entries]) => (
              <li key={tag}>
                <a href={`#${tagAnchor(tag)}`} className="text-accent-fg hover:underline">
                  {tagTitle(tag)}
                </a>
                <ul className="mt-1 mb-2 hidden space-y-0.5 border-l border-line pl-2 text-xs lg:block">
                  {entries.map((entry) => (
                    <li key={operationAnchor(entry)}>
                      <a href={`#${operationAnchor(entry)}`} className="text-fg-soft hover:text-accent-fg hover:underline">
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
              {t('conventions')}
            </h2>
            {document.info.description && <p className="text-fg-soft">{document.info.description}</p>}
            <ul className="list-disc space-y-1 pl-5 text-sm text-fg-soft">
              {(['conventionQueueToken', 'conventionIdempotency', 'conventionErrors'] as const).map((key) => (
                <li key={key}>
                  {t.rich(key, {
                    b: (chunks) => <strong>{chunks}</strong>,
                    code: (chunks) => <code className="font-mono">{chunks}</code>,
                  })}
                </li>
              ))}
            </ul>
            <details className="rounded-lg bg-surface ring-1 ring-line">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t('problemBody')}</summary>
              <div className="px-3 pb-3">
                <SchemaBody schema={document.components.schemas.Problem} />
              </div>
            </details>
          </section>

          {groups.map(([tag, entries]) => (
            <section key={tag} id={tagAnchor(tag)} aria-labelledby={`${tagAnchor(tag)}-title`} className="scroll-mt-4 space-y-4">
              <div>
                <h2 id={`${tagAnchor(tag)}-title`} className="text-2xl font-semibold">
                  {tagTitle(tag)}
                </h2>
                {isKnownTag(tag) && <p className="mt-1 text-fg-soft">{t(`tags.${tag}.note`)}</p>}
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
