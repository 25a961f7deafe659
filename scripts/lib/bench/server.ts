// The server `npm run bench` measures against, in a process of its own so its work never shares the
// client's event loop: GET /v1/users/{publicId} answers a valid User, over kept-alive connections.
import { createServer } from 'node:http';
import { onShutdown } from '../processes/shutdown.js';
import { closeServer } from '../http/static-server.js';

const port = Number(process.env.BENCH_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('the bench server needs BENCH_PORT');

const USER_PATH = /^\/v1\/users\/([^/?]+)$/;

const server = createServer((request, response) => {
  const match = request.method === 'GET' ? USER_PATH.exec(request.url ?? '') : null;
  if (!match) {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Resource not found"}');
    return;
  }
  const body = JSON.stringify({
    publicId: decodeURIComponent(match[1]!),
    role: 'CLINICIAN',
    firstName: 'Jane',
    lastName: 'Smith',
    sex: 'FEMALE',
    caregiverId: null,
    birthDate: '1985-04-12',
    addressLine1: '1 Main Street',
    addressLine2: null,
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
  });
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
});
// Longer than undici's own keep-alive, so the client never races a closing socket.
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1');

// On SIGTERM from bench.ts, or once orphaned (the bench was killed outright), close and exit.
onShutdown(() => closeServer(server));
