// One console line per request a local server answered: who answered, method, path, status, ms.
// Never a body, a query or a header: they may carry the key or patient data.
export interface RequestLogLine {
  method: string;
  path: string;
  status: number | string;
  ms: number;
}

export function formatRequestLog(server: string, { method, path, status, ms }: RequestLogLine): string {
  return `  ${server.padEnd(8)} ${method.padEnd(6)} ${path} → ${status} (${ms} ms)`;
}
