/**
 * Waits for something that a signal can cancel. `setup` wires listeners and returns their
 * cleanup, which runs exactly once however the wait ends. When the signal aborts, the promise
 * rejects with the signal's reason.
 */
export function cancellable<T>(
  signal: AbortSignal,
  setup: (resolve: (value: T) => void, reject: (error: unknown) => void) => (() => void) | void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let settled = false;
    // Assigned after setup returns; `settle` may run before that (synchronous resolve).
    let cleanup: (() => void) | void = undefined;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      cleanup?.();
      finish();
    };
    const onAbort = () => settle(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    cleanup = setup(
      (value) => settle(() => resolve(value)),
      (error) => settle(() => reject(error)),
    );
    // setup may have settled synchronously, before its cleanup was known.
    if (settled) cleanup?.();
  });
}

/** Races a promise that cannot itself be cancelled against the signal. */
export function unlessAborted<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  return cancellable<T>(signal, (resolve, reject) => {
    promise.then(resolve, reject);
  });
}
