// Reads a request's JSON body: the right content type, at most 1 MiB, parseable. Anything else is
// refused at once with the documented 400 shape, reading no more than the limit.
import { validationAnswer, type SandboxReply } from './answers.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<{ json: unknown } | SandboxReply> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    return refuse('invalid_type', 'Content-Type must be application/json');
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return tooBig(maxBytes);
  const bytes = await readAtMost(request, maxBytes);
  if (bytes === undefined) return tooBig(maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('invalid_type', 'Body is not valid UTF-8');
  }
  if (text.trim() === '') return refuse('invalid_type', 'Required: a JSON body');
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return refuse('invalid_type', 'Body is not valid JSON');
  }
}

function refuse(code: string, message: string): SandboxReply {
  return validationAnswer([{ code, message, path: [] }]);
}

function tooBig(maxBytes: number): SandboxReply {
  return { ...refuse('too_big', `Body must be at most ${maxBytes} bytes`), headers: { connection: 'close' } };
}

/** The body's bytes, or undefined as soon as it passes `maxBytes` (the rest is never read). */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
