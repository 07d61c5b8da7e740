import { LogLevel } from './LogLevel.ts';
import type { Logger } from './Logger.ts';

/** Writes `<ISO time> [LEVEL] <name> - <message>` lines to the console at or above a level. */
export class ConsoleLogger implements Logger {
  constructor(
    readonly name: string,
    private level: LogLevel = LogLevel.WARN,
  ) {}

  info(msg: string): void {
    this.log(LogLevel.INFO, msg);
  }

  warn(msg: string): void {
    this.log(LogLevel.WARN, msg);
  }

  error(msg: string): void {
    this.log(LogLevel.ERROR, msg);
  }

  debug(debugFunction: string | (() => string)): void {
    if (LogLevel.DEBUG < this.level) return;
    this.log(LogLevel.DEBUG, typeof debugFunction === 'function' ? debugFunction() : debugFunction);
  }

  setLogLevel(level: LogLevel): void {
    this.level = level;
  }

  getLogLevel(): LogLevel {
    return this.level;
  }

  private log(level: LogLevel, msg: string): void {
    if (level < this.level) return;
    const line = `${new Date().toISOString()} [${LogLevel[level]}] ${this.name} - ${msg}`;
    switch (level) {
      case LogLevel.ERROR:
        console.error(line);
        break;
      case LogLevel.WARN:
        console.warn(line);
        break;
      case LogLevel.INFO:
        console.info(line);
        break;
      default:
        console.debug(line);
    }
  }
}
