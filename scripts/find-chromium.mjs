// Locates the Chromium binary used by the browser tests and benchmarks.
// CHROME_PATH wins; otherwise Debian's real binary (the /usr/bin wrapper adds flags and noise).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

export function findChromium() {
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** Flags for headless Chromium on a machine whose only network is loopback, with fake media devices. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--allow-loopback-in-peer-connection',
];
