/** `process.env[name]` where a process exists (Node, Deno, Bun); `undefined` in a browser or when access is denied. */
export function environmentVariable(name: string): string | undefined {
  try {
    const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
    return typeof proc === 'object' ? proc.env?.[name] : undefined;
  } catch {
    return undefined; // e.g. a runtime that guards env access behind a permission
  }
}
