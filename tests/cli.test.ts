import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input = '') =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { input, encoding: 'utf8' });

describe('npm run ask', () => {
  it('prints a readable answer', () => {
    expect(run(['what does a cro do'])).toMatch(/^Chief Revenue Officer \(CRO\)\n=+/);
  });

  it('prints one JSON object with --json', () => {
    const out = JSON.parse(run(['--json', 'cro vs cso']));
    expect(out.matched).toBe(true);
    expect(out.text).toMatch(/CSO vs CRO/);
    expect(Array.isArray(out.blocks)).toBe(true);
  });

  it('answers every stdin line with exactly one JSON line, in order, empty lines included', () => {
    const lines = run(['--jsonl'], 'cro\n\nqwerty\n   \ncso salary\n').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.matched)).toEqual([true, false, false, false, true]);
    expect(parsed[4].text).toMatch(/CSO/);
  });
});
