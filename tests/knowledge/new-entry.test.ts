import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import { checkAll } from '../../src/kb-check.js';
import { newEntry } from '../../src/kb-new.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.js';

/** Fills a skeleton's placeholders the way a knowledge owner would. */
const fillIn = (path: string, edits: Array<[RegExp | string, string]>) => {
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of edits) text = text.replace(from, to);
  writeFileSync(path, text);
};

describe('adding a role with npm run kb:new', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a skeleton that loads, lists what to write, and once written the bot answers about it', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const before = loadKnowledge(dir).roles.length;

    const path = newEntry(dir, 'role', ['Sales Operations Manager'], 'Sales Ops', '2026-11-25');
    expect(path).toMatch(/roles\/sales-operations-manager\.yml$/);
    expect(loadKnowledge(dir).roles).toHaveLength(before + 1);
    const todo = checkAll(dir).problems;
    expect(todo.length).toBeGreaterThan(0);
    expect(
      todo.every((p) => /placeholder/.test(p.message) && p.file.endsWith('sales-operations-manager.yml')),
    ).toBe(true);

    fillIn(path, [
      [
        /text: "TODO: One or two[^"]*"/,
        "text: Keeps the sales organisation's processes, tools and data running.",
      ],
      [
        /text_it: "TODO[^"]*"/,
        "text_it: Fa funzionare processi, strumenti e dati dell'organizzazione commerciale.",
      ],
      [
        /text: "TODO: What the role does[^"]*"/,
        'text: Runs the CRM and the reports sales leaders plan with.',
      ],
      [
        /text_it: "TODO[^"]*"/,
        'text_it: Gestisce il CRM e i report con cui pianificano i responsabili commerciali.',
      ],
      ['# level: 4 ', 'level: 4 '],
    ]);
    expect(checkAll(dir).problems).toEqual([]);

    const kb = loadKnowledge(dir);
    const answer = createAnswerer(kb);
    const reply = answer('what does a sales operations manager do?');
    expect(reply.subject.roles).toEqual(['sales-operations-manager']);
    expect(JSON.stringify(reply.sections)).toContain('Runs the CRM');
    // The hierarchy follows from the levels: no list to edit by hand.
    const ladder =
      answer('sales hierarchy')
        .sections.find((s) => s.numbered)
        ?.lines.map((l) => l.text) ?? [];
    expect(ladder.indexOf('Sales Operations Manager')).toBeGreaterThan(ladder.indexOf('Sales Manager'));
    expect(ladder.indexOf('Sales Operations Manager')).toBeLessThan(ladder.indexOf('Sales Team Lead'));
    expect(JSON.stringify(answer('help'))).toContain('Sales Operations Manager');

    // Every command reads KNOWLEDGE_DIR: the ask command answers from the copy.
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', '--json', 'sales operations managers'],
      {
        env: { ...process.env, KNOWLEDGE_DIR: dir },
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out)).toMatchObject({ matched: true });
    expect(out).toContain('Keeps the sales organisation');
  });

  it('writes comparison and topic skeletons that load, and never overwrites a file', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    newEntry(dir, 'comparison', ['cro', 'sdr'], 'Sales Ops', '2026-11-25');
    newEntry(dir, 'topic', ['Sales compensation plans'], 'Enablement', '2026-11-25');
    const kb = loadKnowledge(dir);
    expect(kb.comparisons.map((c) => c.id)).toContain('cro-vs-sdr');
    expect(kb.topics.find((t) => t.id === 'sales-compensation-plans')?.owner).toBe('Enablement');
    expect(() => newEntry(dir, 'role', ['BDR'])).toThrow(/already exists/);
  });
});
