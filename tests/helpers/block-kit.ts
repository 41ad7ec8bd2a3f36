import { expect } from 'vitest';
import type { SlackMessage } from '../../src/render/blocks.js';

/** Checks the Block Kit limits Slack enforces (it rejects the whole message past any of them). */
export function expectValidBlockKit(message: SlackMessage): void {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(50);
  for (const block of message.blocks) {
    switch (block.type) {
      case 'header':
        expect(block.text.type).toBe('plain_text');
        expect(block.text.text.length).toBeLessThanOrEqual(150);
        break;
      case 'section':
        expect(block.text.text.length).toBeGreaterThan(0);
        expect(block.text.text.length).toBeLessThanOrEqual(3000);
        break;
      case 'context':
        expect(block.elements.length).toBeLessThanOrEqual(10);
        for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(2000);
        break;
      case 'actions': {
        expect(block.elements.length).toBeLessThanOrEqual(25);
        const ids = block.elements.map((e: { action_id: string }) => e.action_id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of block.elements) {
          expect(e.text.text.length).toBeLessThanOrEqual(75);
          expect(e.value.length).toBeLessThanOrEqual(2000);
        }
        break;
      }
      default:
        throw new Error(`unexpected block type ${block.type}`);
    }
  }
}
