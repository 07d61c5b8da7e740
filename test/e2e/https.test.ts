// The demo over HTTPS with the service's own self-signed certificate, as a phone on a LAN would
// use it after accepting the certificate once: a secure context, and joining works over wss:.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Demo, joinAs, leave, openTab, rosterNames, startDemo } from './helpers.ts';

/**
 * The name the page is opened by, mapped to loopback inside the browser only: unlike
 * `127.0.0.1` or `localhost`, such a name is a secure context only over HTTPS, as a LAN address is.
 */
const PUBLIC_NAME = 'meeting.test';

let demo: Demo | undefined;

describe('the demo page over HTTPS with a self-signed certificate', () => {
  before(async () => {
    demo = await startDemo({
      serviceArgs: ['--public-address', PUBLIC_NAME, '--tls-self-signed'],
      browserArgs: [`--host-resolver-rules=MAP ${PUBLIC_NAME} 127.0.0.1`],
    });
  });

  after(() => demo?.close());

  it('is a secure context in which a person can join', async () => {
    assert.match(demo!.url, new RegExp(`^https://${PUBLIC_NAME}:\\d+$`));
    // The one-time exception a person makes for the certificate on their phone.
    const tab = await openTab(demo!.browser, `${demo!.url}/`, { ignoreHTTPSErrors: true });
    const { page } = tab;
    assert.equal(new URL(page.url()).protocol, 'https:');
    assert.equal(await page.evaluate(() => window.isSecureContext), true);

    await joinAs(tab, `https-${Date.now()}`, 'Ana');
    assert.deepEqual(await rosterNames(tab), ['Ana']);
    const signalingUrl = await page.evaluate(
      () => document.querySelector('chime-meeting')!.session!.configuration.urls?.signalingURL ?? '',
    );
    assert.match(signalingUrl, /^wss:\/\//);

    await leave(tab);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
});
