/**
 * Resolves once `predicate` holds, or rejects after `timeoutMs`. Checked whenever the owner wakes
 * its `waiters` (after each request or message) and every 20 ms, since some conditions (log lines)
 * change after the app has read a response. Shared by the Web API and Socket Mode stand-ins.
 */
export function waitUntil<T>(
  waiters: Set<() => void>,
  predicate: () => T | undefined | false,
  timeoutMs: number,
  who: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = predicate();
      if (!value) return;
      waiters.delete(check);
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const poll = setInterval(check, 20);
    const timer = setTimeout(() => {
      waiters.delete(check);
      clearInterval(poll);
      reject(new Error(`${who}.waitFor timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    waiters.add(check);
    check();
  });
}
