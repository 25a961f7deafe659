// Serves one drift variant: the sandbox with the variant's overrides, on a free loopback port. The intact
// sandbox goes through serveHippSandbox, as users run it; a variant that writes header names as it spells
// them goes through a small server of its own (Node's Headers lower-case every name).
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { serveHippSandbox } from '../../../src/sandbox/index.js';
import { OTHER_ORGANIZATION, type SandboxKeys } from '../../../src/sandbox/keys.js';
import { createSandboxWith } from '../../../src/sandbox/sandbox.js';
import type { Variant } from './variants.js';

export interface DriftKeys {
  /** May create every assignable role. */
  apiKey: string;
  /** May create every assignable role but ADMIN. */
  restrictedApiKey: string;
  /** The ADMIN of another organization (HIPP_OTHER_ORG_API_KEY), when the run checks tenant isolation. */
  otherOrgApiKey?: string;
}

export interface ServedVariant {
  url: string;
  close(): Promise<void>;
}

const ASSIGNABLE = ['BILLING_MANAGER', 'SCHEDULING_MANAGER', 'CLINICIAN', 'TECHNICIAN', 'PATIENT', 'CAREGIVER', 'CLINICAL_ADMIN', 'PAYROLL_ADMIN'] as const;

function sandboxKeys(keys: DriftKeys): SandboxKeys {
  return {
    [keys.apiKey]: { role: 'ADMIN', mayCreate: 'all' },
    [keys.restrictedApiKey]: { role: 'CLINICAL_ADMIN', mayCreate: ASSIGNABLE },
    ...(keys.otherOrgApiKey ? { [keys.otherOrgApiKey]: { role: 'ADMIN', mayCreate: 'all', organization: OTHER_ORGANIZATION } } : {}),
  };
}

export async function serveVariant(variant: Variant | undefined, keys: DriftKeys): Promise<ServedVariant> {
  const sandbox = createSandboxWith({ keys: sandboxKeys(keys) }, variant?.overrides ?? {});
  if (!variant?.titleCaseHeaders) {
    const served = await serveHippSandbox({ sandbox });
    return { url: served.url, close: () => served.close() };
  }
  const server = createServer((incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
    const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
      method: incoming.method ?? 'GET',
      headers,
      ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    });
    void sandbox
      .fetch(request)
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        const raw: string[] = [];
        response.headers.forEach((value, name) =>
          raw.push(
            name.replace(/(^|-)[a-z]/g, (letter) => letter.toUpperCase()),
            value,
          ),
        );
        outgoing.writeHead(response.status, [...raw, 'Content-Length', String(body.byteLength)]).end(body);
      })
      .catch(() => outgoing.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
