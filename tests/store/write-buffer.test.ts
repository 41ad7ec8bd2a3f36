import { describe, expect, it } from 'vitest';
import { WriteBuffer } from '../../src/store/write-buffer.js';

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

function recording(options: { batchSize?: number; delayMs?: number } = {}) {
  const batches: number[][] = [];
  const buffer = new WriteBuffer<number>({
    write: async (batch) => {
      batches.push([...batch]);
    },
    ...options,
  });
  return { buffer, batches };
}

describe('WriteBuffer', () => {
  it('holds a few records for company, and writes a full batch at once', async () => {
    const { buffer, batches } = recording({ batchSize: 3, delayMs: 60_000 });
    buffer.push(1);
    buffer.push(2);
    await tick();
    expect(batches).toEqual([]);
    buffer.push(3);
    await tick();
    expect(batches).toEqual([[1, 2, 3]]);
    buffer.push(4);
    await tick();
    expect(batches).toEqual([[1, 2, 3]]);
    await buffer.close();
    expect(batches).toEqual([[1, 2, 3], [4]]);
    expect(buffer.stats()).toMatchObject({ queued: 4, written: 4, lost: 0, pending: 0 });
  });

  it('writes what waits once the delay has passed', async () => {
    const { buffer, batches } = recording({ delayMs: 30 });
    buffer.push(1);
    buffer.push(2);
    expect(batches).toEqual([]);
    await tick(80);
    expect(batches).toEqual([[1, 2]]);
  });

  it('drained() writes what waits now instead of at the end of the delay', async () => {
    const { buffer, batches } = recording({ delayMs: 60_000 });
    buffer.push(1);
    const started = Date.now();
    await buffer.drained();
    expect(batches).toEqual([[1]]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
