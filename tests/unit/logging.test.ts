// The client's log: what each level writes, and that no key, body, header value or publicId reaches it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHippClient, HippUsageError, type Logger, type LogLevel } from '../../src/index.js';
import { API_KEY, rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, reset, startServer } from './support/server.js';

closeServersAfterEach();
afterEach(() => {
  vi.unstubAllEnvs();
});

interface Line {
  level: keyof Logger;
  text: string;
}

function recorder(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at =
    (level: keyof Logger) =>
    (...args: unknown[]) => {
      lines.push({ level, text: args.map(String).join(' ') });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

const client = (url: string, logLevel: LogLevel | undefined, logger: Logger, options = {}) => testClient(url, { logLevel, logger, ...options });

/** A patient, as a create body and as the server's answers: every value here must stay out of the log. */
const PATIENT = {
  firstName: 'Marguerite',
  lastName: 'Oyelaran-Whitfield',
  email: 'marguerite.ow@example.org',
  phoneNumber: '+15555550199',
  role: 'PATIENT',
} as const;
const PATIENT_RECORD = {
  publicId: 'usr_9f3k2m1q',
  firstName: 'Marguerite',
  lastName: 'Oyelaran-Whitfield',
  sex: 'FEMALE',
  caregiverId: null,
  role: 'PATIENT',
  birthDate: '1957-03-29',
  addressLine1: '4417 Juniper Hollow Road',
  addressLine2: 'Apartment 12B',
  city: 'Walla Walla',
  state: 'WA',
  postalCode: '99362',
};
const SECRETS = [
  API_KEY,
  ...Object.values(PATIENT),
  ...Object.values(PATIENT_RECORD).filter((value): value is string => typeof value === 'string' && !['FEMALE', 'PATIENT', 'WA'].includes(value)),
  'trace-header-value-7f2',
];

function expectClean(lines: Line[]): void {
  for (const { text } of lines) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('logLevel debug', () => {
  it('logs each attempt: operation, method, path template, status, duration, attempt and request id', async () => {
    const server = await startServer(json(503, { error: 'busy' }, { 'x-request-id': 'req_a' }), json(200, PATIENT_RECORD, { 'x-request-id': 'req_b' }));
    const { logger, lines } = recorder();
    await client(server.url, 'debug', logger).users.get(PATIENT_RECORD.publicId);

    const debug = lines.filter((line) => line.level === 'debug').map((line) => line.text);
    expect(debug).toHaveLength(2);
    expect(debug[0]).toMatch(/^hipp: getUserById GET \/v1\/users\/\{publicId\} 503 \(request id req_a\) in \d+ ms, attempt 1 of 3$/);
    expect(debug[1]).toMatch(/^hipp: getUserById GET \/v1\/users\/\{publicId\} 200 \(request id req_b\) in \d+ ms, attempt 2 of 3$/);
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    expectClean(lines);
  });

  it('never logs the key, a body, a header value or a publicId: create and get with a patient in them', async () => {
    const server = await startServer(
      json(200, { message: 'User created successfully', user: { ...PATIENT_RECORD, email: PATIENT.email } }),
      json(200, PATIENT_RECORD, { 'x-echo': `${PATIENT.firstName} ${PATIENT_RECORD.birthDate}` }),
      json(400, { error: `Invalid value ${PATIENT.email}`, details: [{ code: 'x', message: PATIENT.lastName, path: ['email'] }] }),
      json(404, { error: `User ${PATIENT_RECORD.publicId} not found` }),
    );
    const { logger, lines } = recorder();
    const hipp = client(server.url, 'debug', logger, { headers: { 'x-trace': 'trace-header-value-7f2' } });
    await hipp.users.create(PATIENT, { headers: { 'x-trace': 'trace-header-value-7f2' } });
    await hipp.users.get(PATIENT_RECORD.publicId);
    await rejectionOf(hipp.users.create(PATIENT));
    await rejectionOf(hipp.users.get(PATIENT_RECORD.publicId));

    expect(lines.map((line) => line.text)).toEqual([
      expect.stringMatching(/^hipp: createUser POST \/v1\/users 200 in \d+ ms, attempt 1 of 1$/),
      expect.stringMatching(/^hipp: getUserById GET \/v1\/users\/\{publicId\} 200 in \d+ ms, attempt 1 of 3$/),
      expect.stringMatching(/^hipp: createUser POST \/v1\/users 400 in \d+ ms, attempt 1 of 1$/),
      expect.stringMatching(/^hipp: getUserById GET \/v1\/users\/\{publicId\} 404 in \d+ ms, attempt 1 of 3$/),
    ]);
    expectClean(lines);
  });

  it('logs hipp.api attempts by their path template as well', async () => {
    const server = await startServer(json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    await client(server.url, 'debug', logger).api.GET('/v1/users/{publicId}', { params: { path: { publicId: PATIENT_RECORD.publicId } } });
    expect(lines.map((line) => line.text)).toEqual([expect.stringMatching(/^hipp: getUserById GET \/v1\/users\/\{publicId\} 200 in \d+ ms, attempt 1 of 3$/)]);
  });

  it('names hipp.api operations under a baseUrl with a path, and never the filled-in path of one the spec does not describe', async () => {
    const created = { message: 'User created successfully', user: PATIENT_RECORD };
    const server = await startServer(json(200, PATIENT_RECORD), json(200, created), json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    const hipp = client(`${server.url}/api`, 'debug', logger);
    await hipp.api.GET('/v1/users/{publicId}', { params: { path: { publicId: PATIENT_RECORD.publicId } } });
    await hipp.api.POST('/v1/users', { body: PATIENT });
    await hipp.api.request('get', `/v1/users/${PATIENT_RECORD.publicId}/records` as '/v1/users/{publicId}', { params: { path: { publicId: 'unused' } } });
    expect(server.requests.map((request) => request.url)).toEqual([
      `/api/v1/users/${PATIENT_RECORD.publicId}`,
      '/api/v1/users',
      `/api/v1/users/${PATIENT_RECORD.publicId}/records`,
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      expect.stringMatching(/^hipp: getUserById GET \/v1\/users\/\{publicId\} 200 in \d+ ms, attempt 1 of 3$/),
      expect.stringMatching(/^hipp: createUser POST \/v1\/users 200 in \d+ ms, attempt 1 of 1$/),
      expect.stringMatching(/^hipp: GET \(path not known\) GET \(path not known\) 200 in \d+ ms, attempt 1 of 3$/),
    ]);
    expectClean(lines);
  });
});

describe('the default level, warn', () => {
  it('writes nothing on a plain success', async () => {
    const server = await startServer(json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    await client(server.url, undefined, logger).users.get(PATIENT_RECORD.publicId);
    expect(lines).toEqual([]);
  });

  it('writes one warn line per retry, naming the status or the error and the wait', async () => {
    const server = await startServer(reset(), json(429, { error: 'slow down' }, { 'retry-after': '0', 'x-request-id': 'req_r' }), json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    await client(server.url, undefined, logger).users.get(PATIENT_RECORD.publicId);
    expect(lines).toEqual([
      {
        level: 'warn',
        text: expect.stringMatching(/^hipp: getUserById GET \/v1\/users\/\{publicId\} HippConnectionError retrying in \d+ ms, attempt 2 of 3$/) as unknown,
      },
      { level: 'warn', text: 'hipp: getUserById GET /v1/users/{publicId} 429 (request id req_r) retrying in 0 ms, attempt 3 of 3' },
    ]);
    expectClean(lines);
  });

  it('uses console when no logger is given', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const server = await startServer(json(503, { error: 'busy' }), json(200, PATIENT_RECORD));
      await testClient(server.url, { logLevel: undefined }).users.get(PATIENT_RECORD.publicId);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('quieter levels', () => {
  it.each(['off', 'error'] as const)('%s writes nothing, even for retries', async (logLevel) => {
    const server = await startServer(json(503, { error: 'busy' }), reset(), json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    await client(server.url, logLevel, logger).users.get(PATIENT_RECORD.publicId);
    expect(server.requests).toHaveLength(3);
    expect(lines).toEqual([]);
  });
});

describe('HIPP_LOG', () => {
  it('sets the level when logLevel is not given', async () => {
    vi.stubEnv('HIPP_LOG', 'debug');
    const server = await startServer(json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    await client(server.url, undefined, logger).users.get(PATIENT_RECORD.publicId);
    expect(lines.map((line) => line.level)).toEqual(['debug']);
  });

  it('gives way to logLevel', async () => {
    vi.stubEnv('HIPP_LOG', 'debug');
    const server = await startServer(json(200, PATIENT_RECORD));
    const { logger, lines } = recorder();
    await client(server.url, 'warn', logger).users.get(PATIENT_RECORD.publicId);
    expect(lines).toEqual([]);
  });

  it('is refused, without repeating it, when it names no level', () => {
    vi.stubEnv('HIPP_LOG', 'verbose');
    const error = (() => {
      try {
        createHippClient({ apiKey: API_KEY });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(HippUsageError);
    expect((error as Error).message).toBe('HIPP_LOG must be one of off, error, warn, info, debug');
  });
});

describe('bad options', () => {
  it.each([['loud'], ['DEBUG'], [3], [null]])('logLevel %j is a usage error', (logLevel) => {
    expect(() => createHippClient({ apiKey: API_KEY, logLevel: logLevel as LogLevel })).toThrow(
      new HippUsageError('logLevel must be one of off, error, warn, info, debug'),
    );
  });

  it.each([[{}], [{ debug: () => undefined, info: () => undefined, warn: () => undefined }], ['console'], [null]])('logger %j is a usage error', (logger) => {
    expect(() => createHippClient({ apiKey: API_KEY, logger: logger as Logger })).toThrow(HippUsageError);
  });
});
