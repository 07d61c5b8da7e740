/** The service process and browser tabs for the end-to-end tests. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

interface Service {
  process: ChildProcess;
  /** Its base URL, as the service printed it (no trailing slash). */
  url: string;
  /** Everything it wrote to stdout and stderr. */
  output: string[];
}

/**
 * Starts the service CLI (`server/cli.ts`) on a free port with `args` added, and resolves once it
 * printed its URL; rejects if it exits first.
 */
function startService(args: string[] = [], port = 0): Promise<Service> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', '--port', String(port), ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`service exited with ${code}: ${output.join('')}`)));
    child.stdout!.on('data', (chunk) => {
      output.push(String(chunk));
      const match = /meeting service: (https?:\/\/\S+?)\/?\s/.exec(output.join(''));
      if (match) resolve({ process: child, url: match[1]!, output });
    });
  });
}

/** Stops the service with SIGTERM, if it still runs, and resolves once it has exited. */
async function stopService(service: Service): Promise<void> {
  if (service.process.exitCode !== null) return;
  const exited = new Promise((resolve) => service.process.once('exit', resolve));
  service.process.kill('SIGTERM');
  await exited;
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors, as they happened. */
  problems: string[];
}

/**
 * Opens `url` in a new browser context (made with `options`), recording console errors and page
 * errors; with `reportCspViolations`, each Content-Security-Policy violation too (as a console
 * error).
 */
export async function openTab(
  browser: Browser,
  url: string,
  { reportCspViolations = false, ...options }: BrowserContextOptions & { reportCspViolations?: boolean } = {},
): Promise<Tab> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  if (reportCspViolations) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }
  await page.goto(url);
  return { context, page, problems };
}

/**
 * Fills in the demo's pre-join screen as `name` of `meeting` (with the camera off unless `camera`),
 * joins, and waits until joined.
 */
export async function joinAs(
  tab: Tab,
  meeting: string,
  name: string,
  { camera = false } = {},
): Promise<void> {
  const { page } = tab;
  await page.getByRole('textbox', { name: 'Meeting' }).fill(meeting);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  if (!camera) await page.getByRole('button', { name: 'Turn camera off' }).click();
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
}

/** Clicks the control bar's Leave button and waits for the ended screen. */
export async function leave(tab: Tab): Promise<void> {
  await tab.page.getByRole('button', { name: 'Leave meeting' }).click();
  await tab.page.locator('chime-meeting[status="left"]').waitFor();
  await tab.page.getByRole('heading', { name: 'The meeting is over for you' }).waitFor();
}

/** The names in the demo's roster, as shown. */
export const rosterNames = (tab: Tab) => tab.page.locator('chime-roster [part~="name"]').allInnerTexts();

/** Saves a screenshot of the tab as `test-artifacts/<name>.png` (not committed: for people to look at). */
export async function screenshot(tab: Tab, name: string): Promise<void> {
  mkdirSync('test-artifacts', { recursive: true });
  await tab.page.screenshot({ path: `test-artifacts/${name}.png` });
}

export interface Demo {
  /** The service's base URL (no trailing slash). */
  url: string;
  /** Everything the service wrote to stdout and stderr. */
  output: string[];
  browser: Browser;
  /** Kills the service with SIGKILL (a crash) and starts it again on the same port and data. */
  crashAndRestart(): Promise<void>;
  /** Closes the browser and stops the service. */
  close(): Promise<void>;
}

/**
 * Checks that the bundle the demo page loads is built, starts the service CLI on a free port with
 * `serviceArgs` added, and launches the test Chromium (headless, fake media) with `browserArgs`.
 */
export async function startDemo({
  serviceArgs = [],
  browserArgs = [],
  mediaPermission = true,
}: { serviceArgs?: string[]; browserArgs?: string[]; mediaPermission?: boolean } = {}): Promise<Demo> {
  assert.ok(existsSync('dist/chime-elements.iife.js'), 'run `npm run build` first');
  const dataDir = mkdtempSync(join(tmpdir(), 'chime-e2e-'));
  const args = ['--data-dir', dataDir, ...serviceArgs];
  let service = await startService(args);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: findChromium(),
      // Without the fake permission prompt, headless Chromium denies camera and microphone.
      args: [
        ...chromiumArgs.filter((arg) => mediaPermission || arg !== '--use-fake-ui-for-media-stream'),
        ...browserArgs,
      ],
    });
  } catch (error) {
    await stopService(service);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: service.url,
    get output() {
      return service.output;
    },
    browser,
    crashAndRestart: async () => {
      const exited = new Promise((resolve) => service.process.once('exit', resolve));
      service.process.kill('SIGKILL');
      await exited;
      const restarted = await startService(args, Number(new URL(service.url).port));
      restarted.output.unshift(...service.output);
      service = restarted;
    },
    close: async () => {
      await browser.close();
      await stopService(service);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
