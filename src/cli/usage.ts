// The CLI's help texts and its one error for bad usage. Loaded for every command, so it imports nothing heavy.

/** Bad usage: one line to stderr, exit 2, before any request is sent. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { passed: 0, violations: 1, cannotJudge: 2 } as const;

export const MAIN_HELP = `Usage: hipp-users-api <command> [options]

The Hipp Health Users API toolkit on the command line.

Commands:
  contract <baseUrl>   Check a server against the Users API spec (read-only unless --writes)
  sandbox              Serve the stateful sandbox at http://127.0.0.1:4020/api

Options:
  -h, --help           Show help (also: hipp-users-api <command> --help)
  -v, --version        Show the version
`;

export const CONTRACT_HELP = `Usage: hipp-users-api contract <baseUrl> [options]

Runs every check of the contract suite against the server at <baseUrl> (the URL the paths
/v1/users... go below, such as https://staging.example.com/api) and writes junit.xml,
report.json and summary.md. Read-only by default: it sends no POST unless writes are on.

Keys are read from the environment only, never from arguments (arguments show in ps and
in shell history):
  HIPP_API_KEY             a key that may create users of every assignable role (required)
  HIPP_RESTRICTED_API_KEY  a key whose role may not create ADMIN users (enables role_permission)
  HIPP_OTHER_ORG_API_KEY   a key of a second organization (enables tenant_isolation: no user
                           of the first key's organization may be readable with it)

Options (each also read from the environment variable named; a flag wins):
  --writes                 create users (HIPP_CONTRACT_WRITES=1); there is no delete endpoint
  --user-ids <a,b>         publicIds of existing users to read (HIPP_CONTRACT_USER_IDS)
  --seed <n>               replay the cases of an earlier run (HIPP_CONTRACT_SEED)
  --max-response-ms <n>    the longest acceptable answer time (HIPP_CONTRACT_MAX_RESPONSE_MS)
  --concurrency <n>        requests in flight at once, 1 to 16; default 1 (HIPP_CONTRACT_CONCURRENCY)
  --report-dir <dir>       where the reports go; default reports/contract (HIPP_CONTRACT_REPORT_DIR)
  --spec <file>            check against another version of this API's spec; default: the
                           openapi.yaml shipped in this package
  -h, --help               show this help

Exit codes: 0 every check passed (warnings, such as valid data refused for a limit the spec
does not state, never fail a run); 1 a violation was found; 2 the run could not be judged
(bad usage, an unreadable spec, nothing answering at <baseUrl>).
`;

export const SANDBOX_HELP = `Usage: hipp-users-api sandbox [--port <n>] [--host <h>]

Serves the stateful sandbox (an in-memory Users API) at http://<host>:<port>/api, prints
its keys, logs one line per request and stops on Ctrl-C or SIGTERM.

Options:
  --port <n>    default 4020 (0: a free port)
  --host <h>    default 127.0.0.1 (loopback only)
  -h, --help    show this help
`;
