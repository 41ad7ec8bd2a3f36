import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import { type LiveKnowledge, liveKnowledge } from '../../src/knowledge/live.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';

describe('reloading the knowledge base without a restart', () => {
  let dir: string;
  let live: LiveKnowledge<ReturnType<typeof createAnswerer>> | undefined;
  const logged: string[] = [];
  const log = {
    info: (m: string) => logged.push(`info ${m}`),
    error: (m: string) => logged.push(`error ${m}`),
  };
  afterEach(() => {
    live?.stop();
    logged.length = 0;
    rmSync(dir, { recursive: true, force: true });
  });
  const start = async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-live-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    live = await liveKnowledge({ dir, build: createAnswerer, log, debounceMs: 20 });
    return live;
  };
  const edit = (file: string, change: (t: string) => string) => {
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const salary = (l: LiveKnowledge<ReturnType<typeof createAnswerer>>) =>
    JSON.stringify(l.current()('how much does a cso earn').sections);

  it('switches to the edited files once they are saved', async () => {
    const l = await start();
    l.watch();
    expect(salary(l)).toContain('$178,514');
    edit('roles/cso.yml', (t) => t.replace('"$178,514."', '"$178,514 (reloaded)."'));
    await vi.waitFor(() => expect(salary(l)).toContain('(reloaded)'), { timeout: 5000, interval: 10 });
    expect(logged.some((m) => /^info knowledge reloaded \(.*cso\.yml changed\)/.test(m))).toBe(true);
  });

  it('keeps serving the old knowledge when the new one is invalid, and logs why', async () => {
    const l = await start();
    const before = l.current();
    edit('roles/cso.yml', (t) => t.replace(/^name: .*\n/m, ''));
    expect(await l.reload('SIGHUP')).toBe(false);
    expect(l.current()).toBe(before);
    expect(salary(l)).toContain('$178,514');
    expect(logged).toEqual([
      expect.stringMatching(
        /^error knowledge not reloaded \(SIGHUP\); still serving.*cso\.yml:1:1: "name" is missing/s,
      ),
    ]);
  });

  it('leaves an answer taken before the switch as it was', async () => {
    const l = await start();
    const inFlight = l.current();
    edit('roles/cso.yml', (t) => t.replace('"$178,514."', '"$178,514 (new)."'));
    expect(await l.reload('SIGHUP')).toBe(true);
    expect(JSON.stringify(inFlight('how much does a cso earn').sections)).not.toContain('(new)');
    expect(salary(l)).toContain('(new)');
  });
});
