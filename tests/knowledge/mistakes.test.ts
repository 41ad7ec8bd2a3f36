import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAll } from '../../src/kb-check.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';

/**
 * The slips a knowledge owner makes, each reported once, at the file and line to fix: no flood of
 * follow-on errors, and nothing that passes the check yet breaks the bot.
 */
describe('kb:check on one slip', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Copies the knowledge base, applies `change` to `file`, and returns the 1-based line of `marker`. */
  const slip = (file: string, change: (text: string) => string, marker: string) => {
    dir = mkdtempSync(join(tmpdir(), 'kb-slip-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    const line = after.split('\n').findIndex((l) => l.includes(marker)) + 1;
    expect(line).toBeGreaterThan(0);
    return line;
  };
  const onlyProblem = () => {
    const { problems } = checkAll(dir);
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  it('a mis-indented fact in roles/sdr.yml', () => {
    const line = slip(
      'roles/sdr.yml',
      (t) =>
        t.replace('    - text: Builds the first relationships', '   - text: Builds the first relationships'),
      'Builds the first relationships',
    );
    expect(onlyProblem()).toMatchObject({ file: expect.stringMatching(/roles\/sdr\.yml$/), line });
  });

  it('a missing name:', () => {
    slip('roles/bdr.yml', (t) => t.replace(/^name: .*\n/m, ''), 'id: bdr');
    expect(onlyProblem()).toMatchObject({ file: expect.stringMatching(/bdr\.yml$/), line: 1, path: 'name' });
  });

  it('an extra key in sources.yml', () => {
    const line = slip(
      'sources.yml',
      (t) => t.replace('  language: en\n', '  language: en\n  url: https://example.com\n'),
      'url:',
    );
    expect(onlyProblem()).toMatchObject({
      file: expect.stringMatching(/sources\.yml$/),
      line,
      column: 3,
      message: expect.stringMatching(/^unknown field "url"/),
    });
  });

  it('a comment written after a dash in facet-words.yml: an empty item, said in those words', () => {
    const line = slip(
      'facet-words.yml',
      (t) => t.replace('    - juggle\n', '    - # "how do they juggle it all?"\n    - juggle\n'),
      '- # "how do they juggle',
    );
    expect(onlyProblem()).toMatchObject({
      file: expect.stringMatching(/facet-words\.yml$/),
      line,
      message: expect.stringMatching(
        /^an empty item: a dash with nothing after it \(a comment goes on a line of its own/,
      ),
    });
  });

  it('an alias another role already has: reported on the edited file, naming both', () => {
    const line = slip('roles/bdr.yml', (t) => t.replace('aliases:\n', 'aliases:\n  - sdr\n'), '  - sdr');
    const p = onlyProblem();
    expect(p).toMatchObject({ file: expect.stringMatching(/roles\/bdr\.yml$/), line });
    expect(p?.message).toMatch(/roles\/sdr\.yml:\d+:\d+/);
  });

  it('a copy of roles/bdr.yml saved as roles/bdr.yaml', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-slip-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'roles/bdr.yaml'), readFileSync(join(dir, 'roles/bdr.yml')));
    const p = onlyProblem();
    expect(p).toMatchObject({ file: expect.stringMatching(/roles\/bdr\.yaml$/), line: 1 });
    expect(p?.message).toMatch(/duplicate id "bdr": .*roles\/bdr\.yml/);
  });

  it('an alias the bot would decline', () => {
    const line = slip(
      'roles/sales-manager.yml',
      (t) => t.replace('aliases:\n', 'aliases:\n  - revops manager\n'),
      'revops manager',
    );
    expect(onlyProblem()).toMatchObject({
      file: expect.stringMatching(/sales-manager\.yml$/),
      line,
      message: expect.stringMatching(/declines "revops manager"/),
    });
  });

  it('a figure the cited source does not give', () => {
    const line = slip('roles/cso.yml', (t) => t.replace('$178,514', '$187,514'), '$187,514');
    expect(onlyProblem()).toMatchObject({
      file: expect.stringMatching(/roles\/cso\.yml$/),
      line,
      message: expect.stringMatching(/^\$187,514 is not in the source it cites \(cowen-cso-cro\)/),
    });
  });

  it('a source file that does not exist', () => {
    const line = slip(
      'sources.yml',
      (t) => t.replace('000_ab9d952f558e3ab3.txt', '000_missing.txt'),
      '000_missing',
    );
    expect(onlyProblem()).toMatchObject({ file: expect.stringMatching(/sources\.yml$/), line });
  });
});

describe('kb:check without the source documents', () => {
  it('says the figures were not checked, and passes', () => {
    const before = process.env.SEEDS_DIR;
    process.env.SEEDS_DIR = join(tmpdir(), 'no-such-seeds-folder');
    try {
      const report = checkAll(DEFAULT_KNOWLEDGE_DIR);
      expect(report.problems).toEqual([]);
      expect(report.notes.join(' ')).toMatch(/not found .* figures not checked/);
    } finally {
      if (before === undefined) delete process.env.SEEDS_DIR;
      else process.env.SEEDS_DIR = before;
    }
  });
});

describe('kb:check on the real knowledge base', () => {
  it('finds nothing: every name leads to its role, every figure is in its source', () => {
    expect(checkAll(DEFAULT_KNOWLEDGE_DIR).problems).toEqual([]);
  });
});

describe('kb:check on review dates', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-review-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  };
  const setReviewed = (file: string, date: string, extra = '') => {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^reviewed: .*$/m, `reviewed: ${date}${extra}`));
  };

  it('lists entries older than their interval without failing', () => {
    copy();
    setReviewed('roles/cso.yml', '2026-01-10');
    setReviewed('topics/future-trends.yml', '2026-10-01', '\nreview_every_days: 30');
    const report = checkAll(dir, new Date('2026-11-25T12:00:00Z'));
    expect(report.problems).toEqual([]);
    expect(report.overdue).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/roles\/cso\.yml$/),
        line: 3,
        message: expect.stringMatching(/reviewed 2026-01-10, 319 days ago \(every 180 days\)/),
      }),
      expect.objectContaining({
        file: expect.stringMatching(/future-trends\.yml$/),
        message: expect.stringMatching(/55 days ago \(every 30 days\)/),
      }),
    ]);
    expect(checkAll(dir, new Date('2026-02-01')).overdue).toEqual([]);
  });

  it('rejects an entry without an owner, or with a date that is not one', () => {
    copy();
    setReviewed('roles/cso.yml', '2026-02-30');
    const path = join(dir, 'roles/bdr.yml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^owner: .*\n/m, ''));
    expect(checkAll(dir).problems.map((p) => [p.path, p.message])).toEqual([
      ['owner', '"owner" is missing'],
      ['reviewed', 'is not a real date'],
    ]);
  });
});
