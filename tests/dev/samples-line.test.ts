// npm run dev's samples line: the x-codeSamples of the saved spec are current, or stale with the command that fixes them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specPath } from '../../scripts/lib/paths.js';
import { samplesLine } from '../../scripts/lib/dev/session.js';

const spec = readFileSync(specPath(), 'utf8');

describe("npm run dev's samples line", () => {
  it('says current for a spec whose samples match its examples', () => {
    expect(samplesLine(spec)).toBe('samples     current');
  });

  it('says stale, and how to fix it, once a request example changes and the samples do not', () => {
    // Every request example's firstName, whichever one the samples are drawn from.
    const edited = spec.replace(/^( {18}firstName: )(\w+)$/gm, '$1Renamed$2');
    expect(edited).not.toBe(spec);
    expect(samplesLine(edited)).toMatch(/^samples {5}STALE: .*run `npm run generate` to rewrite them$/);
  });
});
