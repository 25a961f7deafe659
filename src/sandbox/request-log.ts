// One console line per request a local server answered: who answered, method, path, status, ms.
// Never a body, a query or a header: they may carry the key or patient data.
export interface RequestLogLine {
  method: string;
  path: string;
  status: number | string;
  ms: number;
  /** What the server adds about the request: names only (fields passed over, roles), never a value. */
  note?: string;
}

export function formatRequestLog(server: string, { method, path, status, ms, note }: RequestLogLine): string {
  return `  ${server.padEnd(8)} ${method.padEnd(6)} ${path} → ${status} (${ms} ms)${note ? `; ${note}` : ''}`;
}
