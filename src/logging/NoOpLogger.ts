import { LogLevel } from './LogLevel.ts';
import type { Logger } from './Logger.ts';

/** A logger that drops every message (the level is kept only so that callers can read it back). */
export class NoOpLogger implements Logger {
  constructor(private level: LogLevel = LogLevel.OFF) {}

  info(): void {}
  warn(): void {}
  error(): void {}
  debug(): void {}

  setLogLevel(level: LogLevel): void {
    this.level = level;
  }

  getLogLevel(): LogLevel {
    return this.level;
  }
}
