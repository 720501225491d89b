import { buildOpenApiDocument } from '@/lib/openapi/build-document';
import { json } from '@/lib/http/problem';
import { route, type RouteHandler } from '@/lib/http/route';
import { OpenApiDocument } from '@/lib/schemas/service';
import { API_ROUTES } from './routes';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

// GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API
export const GET: RouteHandler = route(
  {
    auth: 'none',
    doc: { summary: 'The OpenAPI 3.1 document of this API', tag: 'Service', responses: { 200: OpenApiDocument } },
  },
  async (): Promise<Response> =>
    json((document ??= buildOpenApiDocument([...API_ROUTES, { path: '/openapi.json', handlers: { GET } }]))),
);
