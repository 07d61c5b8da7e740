/** What the client tells the meeting service about the browser it runs in. */
export interface PlatformInfo {
  /** Lower-case browser name as the Chime SDK reports it, e.g. `chrome`, `firefox`, `safari`. */
  name: string;
  version: string;
  majorVersion: string;
  osName: string;
}

const browsers: Array<[name: string, pattern: RegExp]> = [
  ['edge-chromium', /Edg(?:e|A|iOS)?\/(\d[\d.]*)/],
  ['opera', /OPR\/(\d[\d.]*)/],
  ['samsung', /SamsungBrowser\/(\d[\d.]*)/],
  ['crios', /CriOS\/(\d[\d.]*)/],
  ['fxios', /FxiOS\/(\d[\d.]*)/],
  ['firefox', /Firefox\/(\d[\d.]*)/],
  ['chrome', /Chrom(?:e|ium)\/(\d[\d.]*)/],
  ['safari', /Version\/(\d[\d.]*).*Safari\//],
];

const systems: Array<[name: string, pattern: RegExp]> = [
  ['iOS', /iPhone|iPad|iPod/],
  ['Android OS', /Android/],
  ['Chrome OS', /CrOS/],
  ['Windows', /Windows/],
  ['Mac OS', /Macintosh|Mac OS X/],
  ['Linux', /Linux/],
];

/** Parses a user agent string; unknown browsers come back as `unknown` version `0`. */
export function detectPlatform(userAgent: string = globalThis.navigator?.userAgent ?? ''): PlatformInfo {
  let name = 'unknown';
  let version = '0';
  for (const [candidate, pattern] of browsers) {
    const match = pattern.exec(userAgent);
    if (match?.[1]) {
      name = candidate;
      version = match[1];
      break;
    }
  }
  const osName = systems.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? 'unknown';
  return { name, version, majorVersion: version.split('.')[0] ?? '0', osName };
}

/** The local UTC offset as `+HH:MM` / `-HH:MM` (sign as in ISO 8601). */
export function utcOffset(date: Date = new Date()): string {
  const minutesWest = date.getTimezoneOffset();
  const sign = minutesWest <= 0 ? '+' : '-';
  const minutes = Math.abs(minutesWest);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}
