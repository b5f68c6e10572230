/**
 * Hero's server-to-server authentication for the mock API: every endpoint takes `x-api-key` and
 * `x-practice-group-id` [DOC: "All endpoints require an x-api-key and x-practice-group-id header"],
 * which is how proxy mode (`createProxyHandler`) calls Hero. The shared mock (mock/) checks only the
 * elements' Bearer token, so this handler stands in front of it: a call with the mock's API key is
 * answered by the mock as if it carried a token for that practice group. Used by the demo in proxy
 * mode and by the proxy and doctor tests; it belongs in mock/ once the mock answers API keys itself.
 */
import { getResponse, http, type HttpHandler } from 'msw';
import { errorResponse, handlers as mockHandlers, MOCK_API_KEY, mintMockToken } from '../mock/index.js';

/**
 * An MSW handler to put before `handlers`: answers API-key calls through `handlers`, and leaves
 * everything else (token calls, the access-token endpoint) to them.
 */
export function apiKeyAuth(handlers: readonly HttpHandler[] = mockHandlers): HttpHandler {
  return http.all(/\/v\d+\//, async ({ request }) => {
    const key = request.headers.get('x-api-key');
    if (key === null || request.headers.has('authorization') || new URL(request.url).pathname.endsWith('/v1/access_token'))
      return undefined;
    const group = request.headers.get('x-practice-group-id') ?? '';
    if (key !== MOCK_API_KEY || !/^\d+$/.test(group)) return errorResponse(401, 'Unauthorized');
    const headers = new Headers(request.headers);
    headers.delete('x-api-key');
    headers.set('authorization', `Bearer ${await mintMockToken({ practiceGroupId: group })}`);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    const answer = await getResponse(
      [...handlers],
      new Request(request.url, { method: request.method, headers, ...(body ? { body } : {}) }),
    );
    return answer ?? errorResponse(404, 'Not Found');
  });
}
