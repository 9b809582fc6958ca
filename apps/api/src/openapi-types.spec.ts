import { readFile } from 'node:fs/promises';
import path from 'node:path';
import createClient from 'openapi-fetch';
import { API_QUERY_SERIALIZER, CaseStatus, type paths } from '@hotline/contracts';
import { previewOpenApiDocument } from './openapi';
import { API_TYPES_FILE, generateApiTypes } from './openapi-types';

/** The web talks to the API through the generated client: its types must be what the API's document says today. */
describe('the web client types', () => {
  it('are what the API’s OpenAPI document generates (run `npm run generate:api-types` and commit the file)', async () => {
    const committed = await readFile(path.resolve(__dirname, '../../..', API_TYPES_FILE), 'utf8');
    const { source } = await generateApiTypes();
    expect(committed).toBe(source);
  });
});

describe('the API’s OpenAPI document', () => {
  it('declares the body of every successful response of the attachment routes, so the web types them from it', async () => {
    const document = await previewOpenApiDocument();
    const attachmentRoutes = Object.entries(document.paths).filter(([route]) => route.includes('/attachments'));
    expect(attachmentRoutes.map(([route]) => route).sort()).toEqual([
      '/api/v1/cases/track/{trackingCode}/attachments',
      '/api/v1/cases/track/{trackingCode}/attachments/{attachmentId}',
      '/api/v1/cases/track/{trackingCode}/attachments/{attachmentId}/thumbnail',
      '/api/v1/cases/{id}/attachments',
      '/api/v1/cases/{id}/attachments/{attachmentId}',
      '/api/v1/cases/{id}/attachments/{attachmentId}/thumbnail',
      '/api/v1/public/attachments/{attachmentId}',
      '/api/v1/public/attachments/{attachmentId}/thumbnail',
    ]);
    const undeclared = attachmentRoutes.flatMap(([route, operations]) =>
      Object.entries(operations as Record<string, { responses?: Record<string, { content?: unknown }> }>).flatMap(([method, operation]) =>
        Object.entries(operation.responses ?? {})
          .filter(([status, response]) => /^2\d\d$/.test(status) && !response.content)
          .map(([status]) => `${method.toUpperCase()} ${route} ${status}`),
      ),
    );
    expect(undeclared).toEqual([]);
  });

  it('declares the multipart body of every upload, its files as binary, so the web sends them through the typed client', async () => {
    const document = await previewOpenApiDocument();
    type Operation = { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } };
    const uploads = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.entries(operations as Record<string, Operation>)
        .filter(([, operation]) => operation.requestBody?.content?.['multipart/form-data'])
        .map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${route}`,
          file: operation.requestBody?.content?.['multipart/form-data'].schema?.properties?.file,
        })),
    );
    expect(uploads.map((u) => u.route).sort()).toEqual([
      'POST /api/v1/cases/track/{trackingCode}/attachments',
      'POST /api/v1/cases/{id}/attachments',
      'POST /api/v1/photos/location',
      'POST /api/v1/voter-meetings/{id}/imports',
    ]);
    for (const upload of uploads) expect(JSON.stringify(upload.file)).toContain('"format":"binary"');
  });
});

describe('the API’s list parameters', () => {
  type Parameter = { name: string; in: string; style?: string; explode?: boolean; schema?: { type?: string } };

  it('declares every array in a query as the comma-separated list the API reads (COMMA_LIST_PARAM)', async () => {
    const document = await previewOpenApiDocument();
    const arrays = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.entries(operations as Record<string, { parameters?: Parameter[] }>).flatMap(([method, operation]) =>
        (operation.parameters ?? [])
          .filter((p) => p.in === 'query' && p.schema?.type === 'array')
          .map((p) => ({ at: `${method.toUpperCase()} ${route} ${p.name}`, style: p.style, explode: p.explode })),
      ),
    );
    expect(arrays.map((a) => a.at)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/cases status',
        'GET /api/v1/cases ids',
        'GET /api/v1/reports/summary groupBy',
        'GET /api/v1/routing-suggestions caseIds',
      ]),
    );
    expect(arrays.filter((a) => a.style !== 'form' || a.explode !== false)).toEqual([]);
  });

  it('are sent in that form by a client created with API_QUERY_SERIALIZER', async () => {
    const urls: string[] = [];
    const client = createClient<paths>({
      baseUrl: 'http://api.test',
      querySerializer: API_QUERY_SERIALIZER,
      fetch: async (request: Request) => {
        urls.push(decodeURIComponent(new URL(request.url).search));
        return Response.json({ items: [], total: 0, page: 1, pageSize: 25 });
      },
    });
    await client.GET('/api/v1/cases', { params: { query: { status: [CaseStatus.Triage, CaseStatus.Returned], pageSize: 25 } } });
    expect(urls).toEqual(['?status=triage,returned&pageSize=25']);
  });
});
