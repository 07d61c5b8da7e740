import type { LogLevel } from './LogLevel.ts';

/** The Chime SDK logger contract; any object with these methods can be passed to a session. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  /** Accepts a function so that expensive messages are only built when DEBUG is enabled. */
  debug(debugFunction: string | (() => string)): void;
  setLogLevel(level: LogLevel): void;
  getLogLevel(): LogLevel;
}
