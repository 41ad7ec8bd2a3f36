import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { knowledgeHash, loadForStart, readSnapshot, writeSnapshot } from '../../src/knowledge/snapshot.js';

describe("the build's knowledge snapshot", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  /** A copy of our knowledge base and a snapshot written from it, as `npm run build` does. */
  const built = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-snapshot-'));
    dirs.push(dir);
    const kb = join(dir, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, kb, { recursive: true });
    const file = join(dir, 'knowledge.json');
    writeSnapshot(file, kb, loadKnowledge(kb));
    return { kb, file };
  };
  const edit = (file: string, change: (t: string) => string) =>
    writeFileSync(file, change(readFileSync(file, 'utf8')));

  it('is the knowledge base the YAML loads to, maps and sets included', async () => {
    const { kb, file } = built();
    const snapshot = readSnapshot(file, kb);
    expect(snapshot).toStrictEqual(loadKnowledge(kb));
    expect(snapshot?.sources).toBeInstanceOf(Map);
    expect(snapshot?.neutralWords).toBeInstanceOf(Set);
    expect((await loadForStart(kb, file)).from).toBe('snapshot');
  });

  it('is not served once a file is edited, added, removed or renamed: the YAML is loaded instead', async () => {
    const changes: Array<(kb: string) => void> = [
      (kb) => edit(join(kb, 'roles/cso.yml'), (t) => t.replace('"$178,514."', '"$178,514 (edited)."')),
      (kb) =>
        writeFileSync(join(kb, 'neutral-words.yml'), `${readFileSync(join(kb, 'neutral-words.yml'))}\n`),
      (kb) => cpSync(join(kb, 'roles/cso.yml'), join(kb, 'roles/cso-copy.yml')),
      (kb) => rmSync(join(kb, 'related-words.yml')),
      (kb) => renameSync(join(kb, 'roles/sdr.yml'), join(kb, 'roles/sdr.yaml')),
    ];
    for (const change of changes) {
      const { kb, file } = built();
      const before = knowledgeHash(kb);
      change(kb);
      expect(knowledgeHash(kb)).not.toBe(before);
      expect(readSnapshot(file, kb)).toBeUndefined();
    }
    const { kb, file } = built();
    edit(join(kb, 'roles/cso.yml'), (t) => t.replace('"$178,514."', '"$178,514 (edited)."'));
    const start = await loadForStart(kb, file);
    expect(start.from).toBe('yaml');
    expect(JSON.stringify(start.kb.roles)).toContain('$178,514 (edited).');
  });

  it('does not hide a broken file: the start reports it as the YAML load does', async () => {
    const { kb, file } = built();
    writeFileSync(join(kb, 'roles/cro.yml'), 'id: cro\nname: [oops\n');
    const failed = await loadForStart(kb, file).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(KnowledgeError);
    expect((failed as Error).message).toMatch(/roles\/cro\.yml:\d+:\d+: invalid YAML/);
  });

  it('is ignored when missing, unreadable or of another format', async () => {
    const { kb, file } = built();
    const good = JSON.parse(readFileSync(file, 'utf8'));
    expect(readSnapshot(join(kb, 'none.json'), kb)).toBeUndefined();
    writeFileSync(file, '{"format": 1');
    expect(readSnapshot(file, kb)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ...good, format: 0 }));
    expect(readSnapshot(file, kb)).toBeUndefined();
    writeFileSync(file, JSON.stringify(good));
    expect(readSnapshot(file, kb)).toBeDefined();
    expect((await loadForStart(kb, undefined)).from).toBe('yaml');
  });
});
