// The demo over HTTPS with the service's own self-signed certificate, as a phone on a LAN would
// use it after accepting the certificate once: a secure context, and joining works over wss:.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';

/**
 * The name the page is opened by, mapped to loopback inside the browser only: unlike
 * `127.0.0.1` or `localhost`, such a name is a secure context only over HTTPS, as a LAN address is.
 */
const PUBLIC_NAME = 'meeting.test';

let service: ChildProcess;
let baseUrl: string;
let browser: Browser;
const serviceOutput: string[] = [];

async function startService(): Promise<string> {
  service = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--public-address', PUBLIC_NAME, '--tls-self-signed'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  service.stderr!.on('data', (chunk) => serviceOutput.push(String(chunk)));
  return new Promise((resolve, reject) => {
    service.once('exit', (code) =>
      reject(new Error(`service exited with ${code}: ${serviceOutput.join('')}`)),
    );
    service.stdout!.on('data', (chunk) => {
      serviceOutput.push(String(chunk));
      const match = /meeting service: (https?:\/\/\S+?)\/?\s/.exec(serviceOutput.join(''));
      if (match) resolve(match[1]!);
    });
  });
}

describe('the demo page over HTTPS with a self-signed certificate', () => {
  before(async () => {
    assert.ok(existsSync('dist/chime-elements.iife.js'), 'run `npm run build` first');
    baseUrl = await startService();
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...chromiumArgs, `--host-resolver-rules=MAP ${PUBLIC_NAME} 127.0.0.1`],
    });
  });

  after(async () => {
    await browser?.close();
    if (service && service.exitCode === null) {
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
    }
  });

  it('is a secure context in which a person can join', async () => {
    assert.match(baseUrl, new RegExp(`^https://${PUBLIC_NAME}:\\d+$`));
    // The one-time exception a person makes for the certificate on their phone.
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${baseUrl}/`);
    assert.equal(new URL(page.url()).protocol, 'https:');
    assert.equal(await page.evaluate(() => window.isSecureContext), true);

    await page.getByLabel('Meeting').fill(`https-${Date.now()}`);
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
    assert.deepEqual(await page.locator('chime-roster li[part~="attendee"]').allInnerTexts(), ['Ana (you)']);
    const signalingUrl = await page.evaluate(
      () => document.querySelector('chime-meeting')!.session!.configuration.urls?.signalingURL ?? '',
    );
    assert.match(signalingUrl, /^wss:\/\//);

    await page.getByRole('button', { name: 'Leave' }).click();
    await page.locator('chime-meeting[status="left"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
