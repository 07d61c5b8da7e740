// The demo as people use it: the real service process (`server/cli.ts`), its demo page under the
// service's strict Content-Security-Policy (Trusted Types on), the built IIFE bundle, two tabs.
// Screenshots of what the people see go to test-artifacts/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { JSHandle } from 'playwright-core';
import {
  type Demo,
  joinAs,
  leave,
  openTab,
  rosterNames,
  screenshot,
  startDemo,
  type Tab,
} from './helpers.ts';

let demo: Demo | undefined;

const openDemo = () => openTab(demo!.browser, `${demo!.url}/`, { reportCspViolations: true });

async function turnCameraOn(tab: Tab) {
  await tab.page.getByRole('button', { name: 'Turn camera on' }).click();
  await tab.page.locator('chime-video-toggle[pressed]').waitFor({ timeout: 20_000 });
  assert.equal(
    await tab.page.getByRole('button', { name: 'Turn camera off' }).getAttribute('aria-pressed'),
    'true',
  );
}

/** The tab's video tile for `name` (its name plate shows the name), across the grid's shadow root. */
const tileOf = (tab: Tab, name: string) =>
  tab.page.locator('chime-video-tile', { has: tab.page.locator('[part~="name"]', { hasText: name }) });

/** The tab's roster row for `name`. */
const rowOf = (tab: Tab, name: string) =>
  tab.page.locator('chime-roster li[part~="attendee"]', {
    has: tab.page.locator('[part="name"]', { hasText: name }),
  });

const sorted = async (names: Promise<string[]>) => (await names).sort();

/**
 * Waits until the tab's video tile for `name` shows video (`'video'`: its <video> has decoded
 * frames) or its placeholder (`'video-off'`), and returns the tile's <video> in the first case.
 */
function waitForTile(tab: Tab, name: string, shows: 'video' | 'video-off') {
  return tab.page.waitForFunction(
    ({ name, shows }) => {
      const grid = document.querySelector('chime-video-grid')!.shadowRoot!;
      const tile = [...grid.querySelectorAll('chime-video-tile')].find(
        (tile) => tile.shadowRoot!.querySelector('[part="name"]')!.textContent === name,
      );
      if (shows === 'video-off') return tile?.hasAttribute('video-off') === true;
      const video = tile?.shadowRoot!.querySelector('video');
      const decoding =
        !!video && !tile!.hasAttribute('video-off') && video.videoWidth > 0 && video.readyState >= 2;
      return decoding ? video : false;
    },
    { name, shows },
    { timeout: 20_000 },
  );
}

/**
 * The picture in the tab's video tile for `name`, drawn to a canvas twice 500 ms apart: whether it
 * is blank (all black) and whether it is frozen (the same twice).
 */
async function remoteVideo(tab: Tab, name: string) {
  const tileVideo = (await waitForTile(tab, name, 'video')) as JSHandle<HTMLVideoElement>;
  return tileVideo.evaluate(async (video) => {
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const frames: Uint8ClampedArray[] = [];
    for (let i = 0; i < 2; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      context.drawImage(video, 0, 0);
      frames.push(context.getImageData(0, 0, canvas.width, canvas.height).data);
    }
    const [first, second] = frames as [Uint8ClampedArray, Uint8ClampedArray];
    return {
      playing: !video.paused,
      blank: first.every((value, i) => i % 4 === 3 || value === 0),
      frozen: first.every((value, i) => value === second[i]),
    };
  });
}

describe('the demo page', () => {
  before(async () => {
    demo = await startDemo();
  });

  after(() => demo?.close());

  it('is served with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${demo!.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });

  it('is a meeting two people hold: pre-join, grid, roster, chat, controls, ended screen', async () => {
    const meeting = `demo-${Date.now()}`;
    const ana = await openDemo();
    const bo = await openDemo();

    // The pre-join screen: a camera preview, the devices, and the fields to fill in.
    await ana.page.getByRole('heading', { name: 'Ready to join?' }).waitFor();
    await ana.page.locator('chime-device-picker video[part~="preview"]').waitFor();
    assert.ok((await ana.page.getByRole('combobox', { name: 'Camera' }).locator('option').count()) >= 1);
    await screenshot(ana, 'demo-1-prejoin');
    await joinAs(ana, meeting, 'Ana', { camera: true });
    await joinAs(bo, meeting, 'Bo');

    await rowOf(ana, 'Bo').waitFor();
    await rowOf(bo, 'Ana').waitFor();
    assert.deepEqual(await sorted(rosterNames(ana)), ['Ana', 'Bo']);
    assert.deepEqual(await sorted(rosterNames(bo)), ['Ana', 'Bo']);

    // Bo hears Ana: the page's audio element plays the received stream, and that stream carries
    // the beeps of Ana's fake microphone (about 30 ms every 500 ms, so sample every 20 ms).
    const peakLevel = await bo.page.evaluate(async () => {
      const audio = document.querySelector('chime-meeting')!.shadowRoot!.querySelector('audio')!;
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 2048;
      context.createMediaStreamSource(audio.srcObject as MediaStream).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      let peak = 0;
      for (let i = 0; i < 150; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        analyser.getFloatTimeDomainData(samples);
        for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
      }
      await context.close();
      return peak;
    });
    assert.ok(peakLevel > 0.05, `Bo should hear Ana's beeps; peak level was ${peakLevel}`);

    // Ana joined with her camera on; Bo turns his on from the control bar. Each sees the other live.
    assert.deepEqual(await remoteVideo(bo, 'Ana'), { playing: true, blank: false, frozen: false });
    await turnCameraOn(bo);
    assert.deepEqual(await remoteVideo(ana, 'Bo'), { playing: true, blank: false, frozen: false });

    // Ana's beeping microphone makes her the speaker Bo's grid highlights.
    await tileOf(bo, 'Ana').and(bo.page.locator('[speaking]')).waitFor({ timeout: 20_000 });

    // Ana mutes from the control bar: Bo's roster and tile show it.
    await ana.page.getByRole('button', { name: 'Mute microphone' }).click();
    await ana.page.getByRole('button', { name: 'Unmute microphone' }).waitFor();
    await bo.page.locator('chime-roster li[part~="is-muted"]', { hasText: 'Ana' }).waitFor();
    await tileOf(bo, 'Ana').and(bo.page.locator('[muted]')).waitFor();

    // Chat: Bo writes (markup stays text); Ana's Chat tab counts it, and she reads it there.
    await bo.page.getByRole('tab', { name: 'Chat' }).click();
    await bo.page.getByRole('textbox', { name: 'Message' }).fill('Hello <b>Ana</b>');
    await bo.page.keyboard.press('Enter');
    await ana.page.locator('#unread:not([hidden])', { hasText: '1' }).waitFor();
    await ana.page.getByRole('tab', { name: /Chat/ }).click();
    const message = ana.page.locator('chime-chat [part~="message"] [part="text"]').last();
    assert.equal(await message.textContent(), 'Hello <b>Ana</b>');
    await ana.page.locator('#unread[hidden]').waitFor({ state: 'attached' });
    await ana.page.getByRole('tab', { name: 'People' }).click();

    // Ana shares her screen from the control bar: it takes the stage at Bo's.
    await ana.page.getByRole('button', { name: 'Share screen' }).click();
    await ana.page.getByRole('button', { name: 'Stop sharing' }).waitFor({ timeout: 20_000 });
    await bo.page.locator('chime-video-tile[content]:not([video-off])').waitFor({ timeout: 20_000 });
    await screenshot(ana, 'demo-2-meeting-ana');
    await screenshot(bo, 'demo-3-meeting-bo');
    await ana.page.getByRole('button', { name: 'Stop sharing' }).click();
    await bo.page.locator('chime-video-tile[content]').waitFor({ state: 'detached', timeout: 20_000 });

    // Device settings open in a dialog with the device picker; Escape closes it.
    await bo.page.getByRole('button', { name: 'Device settings' }).click();
    const dialog = bo.page.getByRole('dialog', { name: 'Device settings' });
    await dialog.getByRole('combobox', { name: 'Microphone' }).waitFor();
    await bo.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Bo leaves: he sees the ended screen, Ana sees him go; he can join again from there.
    await leave(bo);
    await screenshot(bo, 'demo-4-ended');
    await rowOf(ana, 'Bo').waitFor({ state: 'detached' });
    await bo.page.getByRole('button', { name: 'Join again' }).click();
    await bo.page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
    await rowOf(ana, 'Bo').waitFor();

    const tokens = await Promise.all(
      [ana, bo].map((tab) =>
        tab.page.evaluate(
          () => document.querySelector('chime-meeting')!.session!.configuration.credentials!.joinToken,
        ),
      ),
    );
    await leave(ana);
    assert.deepEqual(ana.problems, []);
    assert.deepEqual(bo.problems, []);
    const log = demo!.output.join('');
    for (const token of tokens) {
      assert.ok(token && token.length > 10);
      assert.ok(!log.includes(token), 'a join token appeared in the service log');
    }
    await Promise.all([ana.context.close(), bo.context.close()]);
  });

  it('shows a reconnecting banner while the service restarts, then the meeting again', async () => {
    const meeting = `restart-${Date.now()}`;
    const ana = await openDemo();
    const bo = await openDemo();
    await joinAs(ana, meeting, 'Ana');
    await joinAs(bo, meeting, 'Bo');
    await rowOf(ana, 'Bo').waitFor();

    await demo!.crashAndRestart();
    await ana.page.locator('chime-meeting[status="reconnecting"]').waitFor({ timeout: 20_000 });
    await ana.page
      .locator('[part="reconnecting-banner"]', { hasText: 'Connection lost. Reconnecting…' })
      .waitFor();
    await screenshot(ana, 'demo-5-reconnecting');
    for (const tab of [ana, bo]) {
      await tab.page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 60_000 });
    }
    await rowOf(ana, 'Bo').waitFor();
    await rowOf(bo, 'Ana').waitFor();
    await Promise.all([ana.context.close(), bo.context.close()]);
  });

  it('can be used with the keyboard alone', async () => {
    const tab = await openDemo();
    const { page } = tab;
    /** Presses Tab until the focused control (inside shadow roots too) is named `name`. */
    async function tabTo(name: string): Promise<void> {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          const label =
            element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
              ? element.labels?.[0]?.textContent
              : null;
          return (label ?? element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim();
        });
        if (focused === name) return;
      }
      assert.fail(`Tab never reached ${name}`);
    }
    await tabTo('Your name');
    await page.keyboard.type('Kim');
    await tabTo('Meeting');
    await page.keyboard.type(`keyboard-${Date.now()}`);
    await page.keyboard.press('Enter');
    await page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
    await tabTo('Mute microphone');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Unmute microphone' }).waitFor();
    // The tabs are one stop; the arrow keys move between them.
    await tabTo('People');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Chat', selected: true }).waitFor();
    await tabTo('Message');
    await page.keyboard.type('typed, not clicked');
    await page.keyboard.press('Enter');
    await page.locator('chime-chat [part="text"]', { hasText: 'typed, not clicked' }).waitFor();
    await tabTo('Leave meeting');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'The meeting is over for you' }).waitFor();
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });

  it('is dark when the person prefers dark', async () => {
    const tab = await openTab(demo!.browser, `${demo!.url}/`, { colorScheme: 'dark' });
    await joinAs(tab, `dark-${Date.now()}`, 'Ana');
    // Light text on a dark page, in the elements as on the page around them.
    const lightness = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return (r + g + b) / 3;
    };
    const colors = await tab.page.evaluate(() => {
      const roster = document.querySelector('chime-roster')!;
      const name = roster.shadowRoot!.querySelector('[part="name"]')!;
      return { page: getComputedStyle(document.body).backgroundColor, name: getComputedStyle(name).color };
    });
    assert.ok(lightness(colors.name) > 180, `names are light: ${colors.name}`);
    assert.ok(
      lightness(colors.page) < 60 || colors.page === 'rgba(0, 0, 0, 0)',
      `the page is dark: ${colors.page}`,
    );
    await screenshot(tab, 'demo-8-dark');
    await tab.context.close();
  });

  it('speaks Arabic, laid out right to left', async () => {
    const tab = await openDemo();
    const { page } = tab;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('heading', { name: 'هل أنت مستعد للانضمام؟' }).waitFor();
    assert.equal(await page.evaluate(() => document.dir), 'rtl');
    await page.getByRole('textbox', { name: 'الاجتماع' }).fill(`rtl-${Date.now()}`);
    await page.getByRole('textbox', { name: 'اسمك' }).fill('Ana');
    await page.getByRole('button', { name: 'انضمام', exact: true }).click();
    await page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
    // Right to left: the control bar starts at the right, the side panel is on the left of the grid.
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const bar = page.locator('chime-control-bar button');
    const first = (await bar.first().boundingBox())!;
    const last = (await bar.last().boundingBox())!;
    assert.ok(first.x > last.x, 'the first control is right of the last');
    assert.ok(
      (await box('.side')).x < (await box('chime-video-grid')).x,
      'the side panel is left of the grid',
    );
    await screenshot(tab, 'demo-6-rtl');
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
});

describe('the demo page without camera and microphone permission', () => {
  before(async () => {
    demo = await startDemo({ mediaPermission: false });
  });

  after(() => demo?.close());

  it('says the browser blocked the camera and microphone, and what to do', async () => {
    const tab = await openDemo();
    const alert = tab.page.locator('chime-device-picker [role="alert"]').first();
    await alert.waitFor({ timeout: 20_000 });
    assert.match((await alert.textContent()) ?? '', /blocked|allow/i);
    await screenshot(tab, 'demo-7-permission-denied');
    await tab.context.close();
  });
});
