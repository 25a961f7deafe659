// fetch decodes a gzip body but keeps the server's content-encoding and content-length; the transport's
// buffered response must not claim an encoding (or a length) its decoded bytes no longer have.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testClient } from './support/client.js';
import { closeServersAfterEach, startServer, type Step } from './support/server.js';
import { VALID_USER } from './support/users.js';

closeServersAfterEach();

const gzipped =
  (body: unknown): Step =>
  (_req, res) => {
    const bytes = gzipSync(JSON.stringify(body));
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bytes.byteLength) });
    res.end(bytes);
  };

describe('a gzip-encoded body', () => {
  it.each([false, true])('users.get returns the parsed user (validateResponses %s)', async (validateResponses) => {
    const server = await startServer(gzipped(VALID_USER));
    await expect(testClient(server.url, { validateResponses }).users.get('usr_1')).resolves.toEqual(VALID_USER);
    expect(server.requests).toHaveLength(1);
  });

  it('reaches hipp.api decoded, without content-encoding or the encoded content-length', async () => {
    const server = await startServer(gzipped(VALID_USER));
    const { data, response } = await testClient(server.url).api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } });
    expect(data).toEqual(VALID_USER);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/json');
  });
});
