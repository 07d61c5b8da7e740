import type { Logger } from './logging/Logger.ts';

type Arguments<F> = F extends ((...args: infer A) => unknown) | undefined ? A : never;

/**
 * Application observers. Only the methods an observer has are called; an observer that throws
 * is logged and does not affect the session or the other observers.
 */
export class ObserverSet<T extends object> {
  private readonly observers = new Set<T>();

  constructor(private readonly logger: Logger) {}

  add(observer: T): void {
    this.observers.add(observer);
  }

  remove(observer: T): void {
    this.observers.delete(observer);
  }

  notify<K extends keyof T>(method: K, ...args: Arguments<T[K]>): void {
    for (const observer of [...this.observers]) {
      const fn = observer[method];
      if (typeof fn !== 'function') continue;
      try {
        (fn as (...a: unknown[]) => unknown).apply(observer, args);
      } catch (error) {
        this.logger.error(
          `observer ${String(method)} threw: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}

/** Plain callbacks with the same isolation as {@link ObserverSet}. */
export class CallbackSet<F extends (...args: never[]) => unknown> {
  private readonly callbacks = new Set<F>();

  constructor(
    private readonly logger: Logger,
    private readonly name: string,
  ) {}

  add(callback: F): void {
    this.callbacks.add(callback);
  }

  remove(callback: F): void {
    this.callbacks.delete(callback);
  }

  call(...args: Parameters<F>): void {
    for (const callback of [...this.callbacks]) {
      try {
        callback(...args);
      } catch (error) {
        this.logger.error(
          `${this.name} callback threw: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
