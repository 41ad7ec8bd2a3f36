import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadlines } from '../../src/slack/deadlines.js';

describe('Deadlines', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls each late one when its time is up, in order, and never one cancelled', () => {
    const deadlines = new Deadlines();
    const calls: string[] = [];
    deadlines.add(300, () => calls.push('300'));
    const cancel = deadlines.add(200, () => calls.push('cancelled'));
    deadlines.add(100, () => calls.push('100'));
    cancel();
    vi.advanceTimersByTime(99);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['100']);
    vi.advanceTimersByTime(200);
    expect(calls).toEqual(['100', '300']);
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual(['100', '300']);
  });

  it('keeps one timer for many waiting at once', () => {
    const deadlines = new Deadlines();
    const calls: number[] = [];
    for (let i = 0; i < 100; i++) deadlines.add(1_500, () => calls.push(i));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1_500);
    expect(calls).toHaveLength(100);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('calls the others on time when one callback throws', () => {
    const deadlines = new Deadlines();
    const calls: string[] = [];
    deadlines.add(10, () => {
      throw new Error('boom');
    });
    deadlines.add(20, () => calls.push('20'));
    expect(() => vi.advanceTimersByTime(10)).toThrow('boom');
    vi.advanceTimersByTime(10);
    expect(calls).toEqual(['20']);
  });
});
