// An in-memory server written from the API's docs alone, keeping every documented promise
// (unless a `Break` is named). The contract suite's target mode runs against it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Break } from '../../scripts/lib/drift/breaks.js';
import { validateCreate, type AssignableRole, type CreateBody, type Issue } from './validate-create.js';

export interface ReferenceServerOptions {
  /** API keys and the role behind each. */
  keys: Record<string, AssignableRole>;
  break?: Break | undefined;
}

interface StoredUser extends CreateBody {
  publicId: string;
  role: AssignableRole;
  createdAt: string;
}

/** Which roles each role may create; only ADMIN may create ADMIN users. */
function mayCreate(own: AssignableRole, wanted: AssignableRole): boolean {
  return wanted !== 'ADMIN' || own === 'ADMIN';
}

const ORGANIZATION = { name: 'Reference Organization', publicId: 'org_reference' };

export function createReferenceServer(options: ReferenceServerOptions): Server {
  const users = new Map<string, StoredUser>();
  const broken = (name: Break) => options.break === name;

  function send(response: ServerResponse, status: number, body: unknown): void {
    const payload = broken('malformed-error-body') && status >= 400 ? { message: (body as { error: string }).error } : body;
    const type = broken('text-content-type') ? 'text/plain' : 'application/json';
    response.writeHead(status, { 'content-type': type }).end(JSON.stringify(payload));
  }
  const validationError = (response: ServerResponse, details: Issue[]) => send(response, 400, { error: 'Validation error', details });

  function authenticate(request: IncomingMessage, response: ServerResponse): AssignableRole | undefined {
    const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
    if (!match) {
      if (broken('ignores-auth')) return 'ADMIN';
      send(response, 401, { error: 'API key required' });
      return undefined;
    }
    const role = options.keys[match[1]!];
    if (!role) {
      if (broken('accepts-made-up-key') || broken('ignores-auth')) return 'ADMIN';
      send(response, 401, { error: 'Invalid API key' });
      return undefined;
    }
    return role;
  }

  async function createUser(request: IncomingMessage, response: ServerResponse, own: AssignableRole): Promise<void> {
    const text = await readBody(request);
    let body: unknown;
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      if (!broken('accepts-invalid')) {
        validationError(response, [{ code: 'invalid_type', message: 'Content-Type must be application/json', path: [] }]);
        return;
      }
    }
    try {
      body = JSON.parse(text);
    } catch {
      if (!broken('accepts-invalid')) {
        validationError(response, [{ code: 'invalid_json', message: 'Body is not valid JSON', path: [] }]);
        return;
      }
      body = {};
    }
    const issues = validateCreate(body);
    if (issues.length > 0 && !broken('accepts-invalid')) {
      validationError(response, issues);
      return;
    }
    const input = (body && typeof body === 'object' ? body : {}) as CreateBody;
    if (input.email && [...users.values()].some((user) => user.email === input.email) && !broken('accepts-invalid')) {
      validationError(response, [{ code: 'custom', message: 'Email already in use', path: ['email'] }]);
      return;
    }
    const role = broken('wrong-role-echo') ? 'PATIENT' : (input.role ?? 'TECHNICIAN');
    if (!mayCreate(own, role) && !broken('admin-for-anyone')) {
      send(response, 403, { error: 'Access denied' });
      return;
    }

    const user: StoredUser = {
      ...input,
      publicId: `usr_${Date.now()}_${randomBytes(5).toString('hex')}`,
      role,
      shouldSendSMS: input.shouldSendSMS ?? broken('sms-default-true'),
      createdAt: new Date().toISOString(),
    };
    users.set(user.publicId, user);
    const { publicId, email, phoneNumber, npiNumber, shouldSendSMS, createdAt } = user;
    const [firstName, lastName] = broken('swapped-names') ? [user.lastName, user.firstName] : [user.firstName, user.lastName];
    const created = {
      ...(broken('created-without-publicId') ? {} : { publicId }),
      firstName,
      lastName,
      email,
      role,
      phoneNumber,
      npiNumber,
      shouldSendSMS,
      createdAt,
      organization: ORGANIZATION,
    };
    send(response, broken('created-201') ? 201 : 200, { message: 'User created successfully', user: created });
  }

  function getUser(response: ServerResponse, publicId: string): void {
    if (broken('crashes-on-get')) return send(response, 500, { error: 'Internal server error' });
    // As strict as the documented shape (usr_1234567890_abc123def), so the suite cannot lean on a lax server.
    if (!/^usr_\d+_[a-z0-9]+$/.test(publicId)) {
      if (broken('crashes-on-malformed-id')) return send(response, 500, { error: 'Internal server error' });
      return validationError(response, [{ code: 'invalid_string', message: 'Invalid publicId format', path: ['publicId'] }]);
    }
    const user = broken('forgets-created-users') ? undefined : users.get(publicId);
    if (!user) return send(response, 404, { error: 'Resource not found' });
    send(response, 200, {
      publicId: user.publicId,
      firstName: user.firstName,
      lastName: user.lastName,
      sex: null,
      caregiverId: null,
      role: broken('role-outside-enum') ? 'SUPERUSER' : user.role,
      birthDate: broken('malformed-birth-date') ? '15/01/1990' : null,
      addressLine1: null,
      addressLine2: null,
      city: null,
      state: null,
      postalCode: null,
    });
  }

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://reference');
    const path = url.pathname.replace(/^\/api/, '');
    const handle = async () => {
      if (path === '/v1/users' && request.method === 'POST') {
        const role = authenticate(request, response);
        if (role) await createUser(request, response, role);
      } else if (path.startsWith('/v1/users/') && request.method === 'GET') {
        if (authenticate(request, response)) getUser(response, decodeURIComponent(path.slice('/v1/users/'.length)));
      } else {
        send(response, 404, { error: 'Resource not found' });
      }
    };
    handle().catch(() => send(response, 500, { error: 'Internal server error' }));
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}
