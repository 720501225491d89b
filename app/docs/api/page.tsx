import type { Metadata } from 'next';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { API_ROUTES } from '@/app/api/v1/openapi.json/routes';
import { ApiReference } from '@/components/docs/api-reference';
import type { ApiDocument } from '@/components/docs/openapi-types';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';

export const metadata: Metadata = {
  title: 'API reference',
  description: 'Every endpoint of the Encore HTTP API, from its OpenAPI 3.1 document.',
};

// The same routes as /api/v1/openapi.json serves, so the page and the document cannot disagree.
const document = buildOpenApiDocument([...API_ROUTES, { path: '/openapi.json', handlers: { GET: openApiDocument } }]);

export default function ApiReferencePage() {
  // The builder types paths loosely; ApiDocument names the parts the page reads.
  return <ApiReference document={document as unknown as ApiDocument} />;
}
