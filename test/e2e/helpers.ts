/** The service process and browser tabs for the end-to-end tests. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
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
function startService(args: string[] = []): Promise<Service> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** Fills in the demo's join form as `name` of `meeting`, joins, and waits until joined. */
export async function joinAs(tab: Tab, meeting: string, name: string): Promise<void> {
  await tab.page.getByLabel('Meeting').fill(meeting);
  await tab.page.getByLabel('Your name').fill(name);
  await tab.page.getByRole('button', { name: 'Join' }).click();
  await tab.page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
}

/** Clicks the demo's Leave button and waits until the meeting element has left. */
export async function leave(tab: Tab): Promise<void> {
  await tab.page.getByRole('button', { name: 'Leave' }).click();
  await tab.page.locator('chime-meeting[status="left"]').waitFor();
}

/** The names in the demo's roster, as shown. */
export const rosterNames = (tab: Tab) =>
  tab.page.locator('chime-roster li[part~="attendee"]').allInnerTexts();

export interface Demo {
  /** The service's base URL (no trailing slash). */
  url: string;
  /** Everything the service wrote to stdout and stderr. */
  output: string[];
  browser: Browser;
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
}: { serviceArgs?: string[]; browserArgs?: string[] } = {}): Promise<Demo> {
  assert.ok(existsSync('dist/chime-elements.iife.js'), 'run `npm run build` first');
  const service = await startService(serviceArgs);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...chromiumArgs, ...browserArgs],
    });
  } catch (error) {
    await stopService(service);
    throw error;
  }
  return {
    url: service.url,
    output: service.output,
    browser,
    close: async () => {
      await browser.close();
      await stopService(service);
    },
  };
}
