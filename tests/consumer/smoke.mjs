// @ts-check
// The one flow every runtime runs against a Prism mock: create, get, a typed 404, and with
// `validateResponses`, a body that breaks the spec refused (so the validators really ran).
// Returns one line per check; throws on the first that fails.

/**
 * @param {typeof import('@hipp-health/users-api')} client the package, as the runtime imported it
 * @param {{ baseUrl: string; validateResponses: boolean }} options
 * @returns {Promise<string[]>}
 */
export async function smoke(client, { baseUrl, validateResponses }) {
  const { createHippClient, ContractViolationError, HippError, NotFoundError } = client;
  const options = { apiKey: 'test-key', baseUrl, validateResponses };
  /** @type {(ok: boolean, what: string) => void} */
  const check = (ok, what) => {
    if (!ok) throw new Error(`smoke (validateResponses: ${String(validateResponses)}): ${what}`);
  };
  const lines = [];

  const hipp = createHippClient(options);
  const created = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' });
  check(typeof created.user.publicId === 'string' && created.user.publicId !== '', 'create returned no publicId');
  lines.push(`create ${created.user.publicId}`);

  const user = await hipp.users.get(created.user.publicId);
  check(typeof user.publicId === 'string' && user.publicId !== '', 'get returned no publicId');
  lines.push(`get ${user.publicId}`);

  // Prism answers with the documented 404 when the request asks for it.
  const missing = createHippClient({ ...options, headers: { Prefer: 'code=404' } });
  const notFound = await missing.users.get('usr_missing').then(
    () => undefined,
    (/** @type {unknown} */ error) => error,
  );
  check(
    notFound instanceof NotFoundError && notFound instanceof HippError && notFound.status === 404,
    `a 404 did not reject with NotFoundError: ${String(notFound)}`,
  );
  lines.push(`404 ${notFound instanceof Error ? notFound.name : String(notFound)}`);

  if (validateResponses) {
    // The runtime's own fetch, with publicId taken out of the body it returns.
    const broken = createHippClient({
      ...options,
      fetch: async (request) => {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- json() is any; the cast says what it is
        const body = /** @type {Record<string, unknown>} */ (await (await fetch(request)).json());
        delete body.publicId;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const violation = await broken.users.get(user.publicId).then(
      () => undefined,
      (/** @type {unknown} */ error) => error,
    );
    if (!(violation instanceof ContractViolationError)) throw new Error(`smoke: a body without publicId was not refused: ${String(violation)}`);
    check(
      violation.issues.some((issue) => issue.path === '/publicId' && issue.keyword === 'required'),
      `a body without publicId was refused for another reason: ${violation.message}`,
    );
    lines.push(`${violation.name} ${violation.issues.map((issue) => `${issue.path} ${issue.keyword}`).join(', ')}`);
  }
  return lines;
}
