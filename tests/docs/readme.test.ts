// The README is the newcomer's map: it names every npm script and the two fresh-machine commands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('README.md', () => {
  it('gives the two commands for a fresh machine', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it.each(scripts)('lists `%s` in the scripts table', (script) => {
    const row = script === 'start' || script === 'test' ? `| \`npm ${script}\`` : `| \`npm run ${script}`;
    expect(readme).toContain(row);
  });
});
