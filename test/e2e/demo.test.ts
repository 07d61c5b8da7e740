// The demo as a person uses it: the real service process (`server/cli.ts`), its demo page under the
// service's strict Content-Security-Policy (Trusted Types on), the built IIFE bundle, two tabs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { JSHandle } from 'playwright-core';
import { type Demo, joinAs, leave, openTab, rosterNames, startDemo, type Tab } from './helpers.ts';

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

  it('lets two tabs join one meeting, see each other, and leave cleanly', async () => {
    const meeting = `demo-${Date.now()}`;
    const ana = await openDemo();
    const bo = await openDemo();
    await joinAs(ana, meeting, 'Ana');
    await joinAs(bo, meeting, 'Bo');

    await ana.page.waitForFunction(
      () => document.querySelector('chime-roster')?.shadowRoot?.querySelectorAll('li').length === 2,
    );
    assert.deepEqual(await rosterNames(ana), ['Ana (you)', 'Bo']);
    assert.deepEqual(await rosterNames(bo), ['Bo (you)', 'Ana']);

    // Bo hears Ana: the page's audio element plays the received stream, and that stream carries
    // the beeps of Ana's fake microphone (about 30 ms every 500 ms, so sample every 20 ms).
    const remoteAudio = await bo.page.evaluate(() => {
      const audio = document.querySelector('chime-meeting')!.shadowRoot!.querySelector('audio')!;
      const stream = audio.srcObject as MediaStream | null;
      return { tracks: stream?.getAudioTracks().map((t) => t.readyState) ?? [], paused: audio.paused };
    });
    assert.deepEqual(remoteAudio, { tracks: ['live'], paused: false });
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

    // Both turn their cameras on; each sees the other's camera, live.
    await turnCameraOn(ana);
    await turnCameraOn(bo);
    assert.deepEqual(await remoteVideo(bo, 'Ana'), { playing: true, blank: false, frozen: false });
    assert.deepEqual(await remoteVideo(ana, 'Bo'), { playing: true, blank: false, frozen: false });

    // Ana turns her camera off and on again: Bo's tile goes to video-off, then plays again.
    await ana.page.getByRole('button', { name: 'Turn camera off' }).click();
    await ana.page.locator('chime-video-toggle:not([pressed])').waitFor({ timeout: 20_000 });
    await waitForTile(bo, 'Ana', 'video-off');
    await turnCameraOn(ana);
    assert.deepEqual(await remoteVideo(bo, 'Ana'), { playing: true, blank: false, frozen: false });

    await leave(bo);
    await ana.page.waitForFunction(
      () => document.querySelector('chime-roster')?.shadowRoot?.querySelectorAll('li').length === 1,
    );
    assert.deepEqual(await rosterNames(ana), ['Ana (you)']);
    // Bo can join again after leaving.
    await bo.page.getByRole('button', { name: 'Join' }).click();
    await bo.page.locator('chime-meeting[status="joined"]').waitFor({ timeout: 20_000 });
    await ana.page.waitForFunction(
      () => document.querySelector('chime-roster')?.shadowRoot?.querySelectorAll('li').length === 2,
    );

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
  });
});
