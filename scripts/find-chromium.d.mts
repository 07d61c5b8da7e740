/** Path of the Chromium binary for tests; throws with install advice when there is none. */
export function findChromium(): string;
/** Launch flags for headless Chromium with fake media devices on a loopback-only machine. */
export const chromiumArgs: string[];
