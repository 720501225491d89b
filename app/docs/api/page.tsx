import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { API_ROUTES } from '@/app/api/v1/openapi.json/routes';
import { ApiReference } from '@/components/docs/api-reference';
import type { ApiDocument } from '@/components/docs/openapi-types';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('docs');
  return { title: t('title'), description: t('description') };
}

// The same routes as /api/v1/openapi.json serves, so the page and the document cannot disagree.
const document = buildOpenApiDocument([...API_ROUTES, { path: '/openapi.json', handlers: { GET: openApiDocument } }]);

export default function ApiReferencePage() {
  // The builder types paths loosely; ApiDocument names the parts the page reads.
  return <ApiReference document={document as unknown as ApiDocument} />;
}
