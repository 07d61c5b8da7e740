/**
 * Join benchmark: our SDK against the official amazon-chime-sdk-js, side by side in one run,
 * against the same local meeting service, in one headless Chromium with fake devices.
 *
 * 1. Join: time from `audioVideo.start()` to `audioVideoDidStart`, in a meeting where one other
 *    participant (an official client) is already present.
 * 2. First remote video frame: a second present participant (official client) sends the fake
 *    camera; time from `start()` to the first frame of its video in a <video> element bound
 *    through `videoTileDidUpdate` -> `bindVideoElement` (the first of `requestVideoFrameCallback`,
 *    `loadeddata` or `resize` with videoWidth > 0; the same detection for both clients).
 *
 * Joins alternate ours, theirs, ours, theirs, … in one page; each is a new attendee and leaves
 * (stop() and audioVideoDidStop) before the next. Each client gets its microphone the way its
 * README says: ours opens the default microphone itself inside start() (counted); the official
 * client is given `startAudioInput(first microphone)` before the timer starts (not counted).
 *
 *   npm run build && node scripts/bundle-official-client.mjs && node bench/join.mjs
 *   node bench/join.mjs [--runs 9] [--warmup 1] [--pause 1000] [--timeout 30] [--only join,video]
 *                       [--trace] [--json]
 *
 * Not part of `npm test`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OFFICIAL_BUNDLE = `${ROOT}test/official-client/amazon-chime-sdk.js`;
const OUR_BUNDLE = `${ROOT}dist/chime-elements.iife.js`;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    warmup: { type: 'string', default: '1' },
    pause: { type: 'string', default: '1000' },
    timeout: { type: 'string', default: '30' },
    only: { type: 'string', default: 'join,video' },
    trace: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`usage: node bench/join.mjs [options]
  --runs N        measured joins per client and measurement (default 9, at least 7 for the README)
  --warmup N      joins per client before measuring, not counted (default 1)
  --pause MS      wait between a leave and the next join (default 1000)
  --timeout S     give up on one join after S seconds (default 30)
  --only LIST     join,video (default both)
  --trace         log at DEBUG and print the timed log of the first measured join of each client
                  (debug logging slows both clients: use it to see where the time goes, not for numbers)
  --json          also print every measured value`);
  process.exit(0);
}
const int = (name, min, max) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer in ${min}..${max}`);
    process.exit(2);
  }
  return value;
};
const opts = {
  runs: int('runs', 1, 200),
  warmup: int('warmup', 0, 10),
  pauseMs: int('pause', 0, 60_000),
  timeoutMs: int('timeout', 1, 600) * 1000,
};
const only = new Set(args.only.split(',').map((s) => s.trim()));
if (![...only].every((name) => name === 'join' || name === 'video') || only.size === 0) {
  console.error('--only: a comma-separated list of join, video');
  process.exit(2);
}

for (const [file, how] of [
  [OUR_BUNDLE, 'npm run build'],
  [OFFICIAL_BUNDLE, 'node scripts/bundle-official-client.mjs'],
]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`${how}\` first`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// In the page. Serialized into the page's module script with both SDKs as arguments.

function pageMain(Ours, Theirs) {
  const sdks = { ours: Ours, theirs: Theirs };

  /** A logger both SDKs accept; keeps its lines with the time since the run's start(). */
  class TimedLogger {
    constructor(level) {
      this.level = level;
      this.t0 = performance.now();
      this.lines = [];
    }
    log(level, name, message) {
      if (level < this.level) return;
      this.lines.push(`${(performance.now() - this.t0).toFixed(1).padStart(8)} ms [${name}] ${message}`);
    }
    debug(message) {
      if (this.level > 0) return;
      this.log(0, 'DEBUG', typeof message === 'function' ? message() : message);
    }
    info(message) {
      this.log(1, 'INFO', message);
    }
    warn(message) {
      this.log(2, 'WARN', message);
    }
    error(message) {
      this.log(3, 'ERROR', message);
    }
    setLogLevel(level) {
      this.level = level;
    }
    getLogLevel() {
      return this.level;
    }
  }

  const timeout = (ms, message) =>
    new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

  /** Calls `done(how)` on the first frame `video` shows, however it is first detected. */
  function onFirstFrame(video, done) {
    let called = false;
    const once = (how) => {
      if (called) return;
      called = true;
      done(how);
    };
    video.requestVideoFrameCallback?.(() => once('requestVideoFrameCallback'));
    for (const type of ['loadeddata', 'resize']) {
      video.addEventListener(type, () => {
        if (video.videoWidth > 0) once(type);
      });
    }
  }

  /** Sessions of the peers already present (official clients). */
  const peers = [];
  /** The measured session being joined or left. */
  let current;

  window.bench = {
    /**
     * Joins as the attendee of `info` with the official client and waits for audioVideoDidStart;
     * with `camera`, also sends the first camera. Resolves with its attendee id.
     */
    async addPeer(info, { camera = false, timeoutMs }) {
      const logger = new Theirs.ConsoleLogger(`peer-${info.Attendee.ExternalUserId}`, Theirs.LogLevel.WARN);
      const session = new Theirs.DefaultMeetingSession(
        new Theirs.MeetingSessionConfiguration(info.Meeting, info.Attendee),
        logger,
        new Theirs.DefaultDeviceController(logger),
      );
      const started = new Promise((resolve) =>
        session.audioVideo.addObserver({ audioVideoDidStart: resolve }),
      );
      await session.audioVideo.startAudioInput(
        (await session.audioVideo.listAudioInputDevices())[0].deviceId,
      );
      session.audioVideo.start();
      await Promise.race([started, timeout(timeoutMs, `peer ${info.Attendee.ExternalUserId} did not join`)]);
      peers.push(session);
      if (camera) {
        const [device] = await session.audioVideo.listVideoInputDevices();
        await session.audioVideo.startVideoInput(device.deviceId);
        session.audioVideo.startLocalVideoTile();
      }
      return info.Attendee.AttendeeId;
    },

    /** Waits until the first peer has a remote video tile of `attendeeId` showing frames. */
    async peerSeesVideo(attendeeId, timeoutMs) {
      const session = peers[0];
      const video = document.createElement('video');
      video.muted = true;
      video.autoplay = true;
      document.body.append(video);
      let tileId;
      const shown = new Promise((resolve) => {
        const check = (tile) => {
          if (tileId !== undefined || tile.localTile || tile.boundAttendeeId !== attendeeId) return;
          tileId = tile.tileId;
          onFirstFrame(video, resolve);
          session.audioVideo.bindVideoElement(tileId, video);
        };
        session.audioVideo.addObserver({ videoTileDidUpdate: check });
        for (const tile of session.audioVideo.getAllRemoteVideoTiles()) check(tile.state());
      });
      await Promise.race([
        shown,
        timeout(timeoutMs, 'the camera of the sending peer never reached the other peer'),
      ]);
      session.audioVideo.unbindVideoElement(tileId);
      video.remove();
    },

    async removePeers() {
      for (const session of peers.splice(0)) {
        const stopped = new Promise((resolve) =>
          session.audioVideo.addObserver({ audioVideoDidStop: resolve }),
        );
        session.audioVideo.stop();
        await Promise.race([stopped, timeout(10_000, 'a peer did not stop')]).catch(() => undefined);
        await session.audioVideo.stopVideoInput();
        await session.audioVideo.stopAudioInput();
      }
    },

    /**
     * Joins as the attendee of `info` with `kind` ('ours' or 'theirs'). Resolves with the times
     * (ms since start()) of audioVideoDidStart (`join`) and, with `sender`, of the remote tile of
     * `sender` (`tile`) and its first frame (`frame`). Rejects naming what did not happen in time.
     */
    async join(kind, info, { sender, timeoutMs, logLevel }) {
      const sdk = sdks[kind];
      const logger = new TimedLogger(logLevel);
      const session = new sdk.DefaultMeetingSession(
        new sdk.MeetingSessionConfiguration(info.Meeting, info.Attendee),
        logger,
        new sdk.DefaultDeviceController(logger),
      );
      const marks = {};
      const run = { kind, session, logger, video: undefined, tileId: undefined };
      current = run;
      let t0;
      let finish;
      let fail;
      const done = new Promise((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
      const check = () => {
        if (marks.join !== undefined && (!sender || marks.frame !== undefined)) finish();
      };
      run.stopped = new Promise((resolve) => {
        session.audioVideo.addObserver({
          audioVideoDidStart: () => {
            marks.join ??= performance.now() - t0;
            check();
          },
          audioVideoDidStop: (status) => {
            fail(new Error(`stopped during the join (status ${status.statusCode()})`));
            resolve();
          },
          videoTileDidUpdate: (tile) => {
            if (!sender || run.video || tile.localTile || tile.tileId == null) return;
            if (tile.boundAttendeeId !== sender) return;
            marks.tile = performance.now() - t0;
            const video = document.createElement('video');
            video.muted = true;
            video.autoplay = true;
            video.playsInline = true;
            document.body.append(video);
            run.video = video;
            run.tileId = tile.tileId;
            onFirstFrame(video, (how) => {
              marks.frame ??= performance.now() - t0;
              marks.frameEvent = how;
              check();
            });
            session.audioVideo.bindVideoElement(tile.tileId, video);
          },
        });
      });
      if (kind === 'theirs') {
        // As the official README says; before the timer, so its microphone open is not counted.
        await session.audioVideo.startAudioInput(
          (await session.audioVideo.listAudioInputDevices())[0].deviceId,
        );
      }
      t0 = performance.now();
      logger.t0 = t0;
      session.audioVideo.start();
      try {
        await Promise.race([done, timeout(timeoutMs, 'timeout')]);
      } catch (error) {
        const missing =
          marks.join === undefined
            ? 'audioVideoDidStart'
            : marks.tile === undefined
              ? 'a videoTileDidUpdate for the camera of the sending peer'
              : 'the first frame in the bound <video>';
        const reason =
          error.message === 'timeout' ? `no ${missing} within ${timeoutMs / 1000} s` : error.message;
        return { error: reason, marks, log: logger.lines };
      }
      return { marks, log: logger.lines };
    },

    /** Leaves the current measured session: unbinds its video, stop(), audioVideoDidStop. */
    async leave(timeoutMs) {
      const run = current;
      current = undefined;
      if (!run) return;
      if (run.tileId !== undefined) run.session.audioVideo.unbindVideoElement(run.tileId);
      run.video?.remove();
      run.session.audioVideo.stop();
      await Promise.race([run.stopped, timeout(timeoutMs, `${run.kind}: no audioVideoDidStop after stop()`)]);
      if (run.kind === 'theirs') await run.session.audioVideo.stopAudioInput();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// In Node.

/** Starts the meeting service CLI on a free port; resolves with its URL once printed. */
function startService() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--cors', '*', '--allowed-origins', '*'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  const keep = (chunk) => {
    output.push(String(chunk));
    if (output.length > 200) output.shift();
  };
  child.stderr.on('data', keep);
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the meeting service did not start within 20 s')),
      20_000,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the meeting service exited with code ${code}:\n${output.join('')}`));
    });
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      const match = /meeting service: (https?:\/\/\S+?)\/?\s/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { child, url, output };
}

async function stopService(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const meeting = `bench-join-${Date.now().toString(36)}`;

async function joinInfo(url, name) {
  const response = await fetch(`${url}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ meeting, name }),
  });
  if (!response.ok) throw new Error(`POST /join failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Opens the benchmark page (served through page.route on the service's own origin). */
async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isKnownNoise(message.text())) errors.push(message.text());
  });
  await page.route(`${url}/__bench/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/__bench/') {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: [
          '<!doctype html><meta charset="utf-8"><title>join bench</title>',
          // Our SDK as the page's one script tag gets it (the global ChimeElements), from the service.
          '<script src="/dist/chime-elements.iife.js"></script>',
          '<script type="module" src="/__bench/main.js"></script>',
        ].join(''),
      });
    }
    if (path === '/__bench/main.js') {
      return route.fulfill({
        contentType: 'text/javascript; charset=utf-8',
        body: [
          "import * as Theirs from '/__bench/amazon-chime-sdk.js';",
          `(${pageMain})(window.ChimeElements, Theirs);`,
        ].join('\n'),
      });
    }
    if (path === '/__bench/amazon-chime-sdk.js') {
      return route.fulfill({
        contentType: 'text/javascript; charset=utf-8',
        body: readFileSync(OFFICIAL_BUNDLE),
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${url}/__bench/`);
  await page
    .waitForFunction(() => window.bench !== undefined, null, { timeout: 20_000 })
    .catch(() => {
      throw new Error(`the benchmark page did not load: ${errors.join('; ') || 'no error reported'}`);
    });
  return { page, errors };
}

/**
 * The local service gives no TURN credentials (loopback needs none); the official client logs
 * that as an error on every join. Not a failure.
 */
const isKnownNoise = (line) => line.includes('missing TURN credentials');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function stats(values) {
  if (values.length === 0) return undefined;
  return { n: values.length, min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

const LABEL = {
  ours: 'chime-elements (ours)',
  theirs: 'amazon-chime-sdk-js 3.32.0 (official)',
};

const ms = (value) => (value === undefined ? '—' : value.toFixed(0));

function printTable(title, key, results, goal) {
  console.log(`\n**${title}** (ms)\n`);
  console.log('| client | n | min | median | max | failed |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const summary = {};
  for (const kind of ['ours', 'theirs']) {
    const runs = results[kind];
    const s = stats(runs.filter((r) => r.marks[key] !== undefined && !r.error).map((r) => r.marks[key]));
    summary[kind] = s;
    const failed = runs.filter((r) => r.error).length;
    console.log(
      `| ${LABEL[kind]} | ${s?.n ?? 0} | ${ms(s?.min)} | ${ms(s?.median)} | ${ms(s?.max)} | ${failed} |`,
    );
  }
  if (summary.ours && summary.theirs) {
    const ratio = summary.ours.median / summary.theirs.median;
    const verdict = goal === undefined ? '' : ` (goal ≤ ${goal}×: ${ratio <= goal ? 'met' : 'not met'})`;
    console.log(`\nratio of medians, ours / official: **${ratio.toFixed(2)}×**${verdict}`);
  }
  return summary;
}

async function main() {
  const service = startService();
  const url = await service.url;
  let browser;
  try {
    const executablePath = findChromium();
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
    // A page fulfilled by page.route() counts as public to Chromium's local-network-access
    // checks even on the service's own origin: without the permission its WebSocket is blocked.
    const context = await browser.newContext({ permissions: ['local-network-access'] });
    const peersTab = await openPage(context, url);
    const measured = await openPage(context, url);

    const addPeer = async (name, camera) => {
      const info = await joinInfo(url, name);
      return peersTab.page.evaluate(
        ([info, camera, timeoutMs]) => window.bench.addPeer(info, { camera, timeoutMs }),
        [info, camera, opts.timeoutMs],
      );
    };

    let counter = 0;
    const traces = [];
    /** One join and leave of `kind`; resolves with its result (error included, never rejects). */
    const joinOnce = async (kind, sender, label, trace) => {
      counter += 1;
      const info = await joinInfo(url, `${kind}-${counter}`);
      const result = await measured.page.evaluate(
        ([kind, info, sender, timeoutMs, logLevel]) =>
          window.bench.join(kind, info, { sender, timeoutMs, logLevel }),
        [kind, info, sender, opts.timeoutMs, trace || args.trace ? 0 : 2],
      );
      if (trace) traces.push({ label, kind, log: result.log });
      else if (!args.trace) {
        for (const line of result.log.filter((l) => !isKnownNoise(l)).slice(0, 20)) {
          console.error(`  ${kind} log: ${line}`);
        }
      }
      try {
        await measured.page.evaluate((timeoutMs) => window.bench.leave(timeoutMs), opts.timeoutMs);
      } catch (error) {
        console.error(`  ${label} ${kind}: leaving failed: ${error.message.split('\n')[0]}`);
      }
      await sleep(opts.pauseMs);
      return { ...result, attendeeId: info.Attendee.AttendeeId };
    };

    /** Warm-up joins, then `runs` alternating joins (ours, theirs, …); results by client. */
    const measure = async (label, sender) => {
      for (let i = 0; i < opts.warmup; i++) {
        for (const kind of ['ours', 'theirs']) {
          const result = await joinOnce(kind, sender, `${label} warm-up ${i + 1}`, false);
          console.error(`  ${label} warm-up ${kind}: ${describeMarks(result)}`);
        }
      }
      const results = { ours: [], theirs: [] };
      for (let i = 0; i < opts.runs; i++) {
        for (const kind of ['ours', 'theirs']) {
          const result = await joinOnce(
            kind,
            sender,
            `${label} ${i + 1}/${opts.runs}`,
            args.trace && i === 0,
          );
          results[kind].push(result);
          console.error(`  ${label} ${i + 1}/${opts.runs} ${kind}: ${describeMarks(result)}`);
        }
      }
      return results;
    };

    console.error(`meeting service at ${url}, meeting ${meeting}`);
    await addPeer('present-1', false);
    const report = {};
    if (only.has('join')) {
      console.error(`join: ${opts.runs} joins per client, one other participant present`);
      report.join = await measure('join', undefined);
    }
    if (only.has('video')) {
      const sender = await addPeer('camera-1', true);
      await peersTab.page.evaluate(
        ([id, timeoutMs]) => window.bench.peerSeesVideo(id, timeoutMs),
        [sender, opts.timeoutMs],
      );
      console.error(`video: ${opts.runs} joins per client, two participants present, one sending its camera`);
      report.video = await measure('video', sender);
    }
    await peersTab.page.evaluate(() => window.bench.removePeers());

    const chromiumVersion = browser.version();
    const cpu = cpus();
    let commit = 'unknown';
    try {
      const git = { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], git).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'server'], git);
      if (dirty.trim()) commit += ' with uncommitted changes in src/ or server/';
    } catch {
      // not a git checkout
    }

    console.log(`## Join and first remote video — ${new Date().toISOString()}\n`);
    console.log(
      `Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores; Node ${process.version}; ` +
        `Chromium ${chromiumVersion}; commit ${commit}. ${opts.runs} measured joins per client ` +
        `(alternating, after ${opts.warmup} warm-up join(s) each), ${opts.pauseMs} ms pause between joins.`,
    );
    if (args.trace) console.log('\n(--trace: DEBUG logging was on, the numbers are slower than without it)');
    const summaries = {};
    if (report.join) {
      summaries.join = printTable(
        'Join: start() → audioVideoDidStart (one other participant present)',
        'join',
        report.join,
        0.7,
      );
    }
    if (report.video) {
      summaries.video = printTable(
        'First remote video frame: start() → first frame of the remote camera in a bound <video>',
        'frame',
        report.video,
        0.8,
      );
      printTable(
        'In the same runs: start() → audioVideoDidStart (two present, one camera)',
        'join',
        report.video,
      );
      printTable('In the same runs: start() → videoTileDidUpdate of the remote camera', 'tile', report.video);
      const how = new Set(report.video.ours.concat(report.video.theirs).map((r) => r.marks.frameEvent));
      console.log(`\nfirst frame detected by: ${[...how].filter(Boolean).join(', ')}`);
    }
    console.log(
      '\nMicrophone: ours opens the default microphone inside start() (counted); the official client ' +
        'is given startAudioInput(first microphone) before start() (not counted), which favours it.',
    );
    for (const trace of traces) {
      console.log(`\n### Log of ${trace.label}, ${LABEL[trace.kind]} (ms since start())\n`);
      console.log('```');
      for (const line of trace.log) console.log(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      console.log('```');
    }
    if (args.json) {
      console.log('\n```json');
      console.log(JSON.stringify({ summaries, report: stripLogs(report) }, null, 2));
      console.log('```');
    }
    const failures = Object.values(report)
      .flatMap((r) => [...r.ours, ...r.theirs])
      .filter((r) => r.error);
    const pageErrors = measured.errors.concat(peersTab.errors);
    if (pageErrors.length > 0) console.error(`page errors:\n  ${pageErrors.slice(0, 20).join('\n  ')}`);
    if (failures.length > 0) {
      console.error(`${failures.length} join(s) failed (see above)`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await stopService(service.child);
  }
}

function describeMarks(result) {
  const parts = ['join', 'tile', 'frame']
    .filter((key) => result.marks[key] !== undefined)
    .map((key) => `${key} ${result.marks[key].toFixed(0)} ms`);
  if (!result.error) return parts.join(', ');
  return `FAILED: ${result.error} (attendee ${result.attendeeId}${parts.map((part) => `, ${part}`).join('')})`;
}

function stripLogs(report) {
  const strip = (runs) => runs.map(({ marks, error, attendeeId }) => ({ attendeeId, marks, error }));
  return Object.fromEntries(
    Object.entries(report).map(([name, r]) => [name, { ours: strip(r.ours), theirs: strip(r.theirs) }]),
  );
}

try {
  await main();
} catch (error) {
  console.error(`bench/join.mjs: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
