// The device controller's device API: audio output, device changes, previews, level meters and
// the reasons of device access failures, with fake media devices, elements and WebAudio.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DefaultDeviceController } from '../../src/devices/DefaultDeviceController.ts';
import { DeviceAccessError } from '../../src/devices/deviceAccessError.ts';
import type { DeviceChangeObserver } from '../../src/devices/DeviceChangeObserver.ts';
import { AudioOutput } from '../../src/media/AudioOutput.ts';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import { RecordingLogger, flush, until } from './helpers/fakes.ts';

// ---- fakes ----

class Track extends EventTarget {
  readyState: 'live' | 'ended' = 'live';
  muted = false;
  enabled = true;
  readonly id = `track-${Math.random().toString(36).slice(2, 8)}`;
  constructor(
    readonly kind: 'audio' | 'video',
    readonly deviceId: string,
  ) {
    super();
  }
  stop(): void {
    this.readyState = 'ended';
  }
  getSettings(): MediaTrackSettings {
    return { deviceId: this.deviceId };
  }
  /** The browser's side: the device went away, or was muted below the page. */
  end(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
  setMuted(muted: boolean): void {
    this.muted = muted;
    this.dispatchEvent(new Event(muted ? 'mute' : 'unmute'));
  }
}

class Stream {
  readonly id = `stream-${Math.random().toString(36).slice(2, 8)}`;
  constructor(readonly tracks: Track[]) {}
  getTracks() {
    return this.tracks;
  }
  getAudioTracks() {
    return this.tracks.filter((track) => track.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((track) => track.kind === 'video');
  }
}

function device(kind: MediaDeviceKind, deviceId: string, label = deviceId): MediaDeviceInfo {
  return { kind, deviceId, label, groupId: 'g', toJSON: () => ({}) } as MediaDeviceInfo;
}

/** A browser's error: a DOMException-like object with its name and message. */
function browserError(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name }, extra);
}

/** Media devices whose list the test changes, and that dispatch `devicechange`. */
class FakeMediaDevices extends EventTarget {
  list: MediaDeviceInfo[] = [
    device('audioinput', 'default', 'Default - Mic 1'),
    device('audioinput', 'mic-1', 'Mic 1'),
    device('audioinput', 'mic-2', 'Mic 2'),
    device('audiooutput', 'default', 'Default - Speaker'),
    device('audiooutput', 'spk-1', 'Speaker'),
    device('videoinput', 'cam-1', 'Camera 1'),
    device('videoinput', 'cam-2', 'Camera 2'),
  ];
  readonly opened: Stream[] = [];
  readonly requests: MediaStreamConstraints[] = [];
  enumerations = 0;
  /** Makes the next getUserMedia calls fail with this error. */
  failWith: Error | undefined;
  listeners = 0;
  /** While set, getUserMedia waits for it (a slow device). */
  gate: Promise<void> | undefined;

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    if (args[0] === 'devicechange') this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    if (args[0] === 'devicechange') this.listeners--;
    super.removeEventListener(...args);
  }

  async enumerateDevices(): Promise<MediaDeviceInfo[]> {
    this.enumerations++;
    return [...this.list];
  }

  async getUserMedia(request: MediaStreamConstraints): Promise<MediaStream> {
    this.requests.push(request);
    await this.gate;
    if (this.failWith) throw this.failWith;
    const kind = request.audio ? 'audio' : 'video';
    const constraints = request[kind];
    const exact = typeof constraints === 'object' ? constraints.deviceId : undefined;
    const id = typeof exact === 'object' && !Array.isArray(exact) ? String(exact.exact) : undefined;
    const deviceId = id ?? (kind === 'audio' ? 'default' : 'cam-1');
    if (!this.list.some((info) => info.deviceId === deviceId && info.kind === `${kind}input`)) {
      throw browserError('OverconstrainedError', '', { constraint: 'deviceId' });
    }
    const stream = new Stream([new Track(kind, deviceId)]);
    this.opened.push(stream);
    return stream as unknown as MediaStream;
  }

  /** Unplugs a device: it leaves the list, its open tracks end (unless `keepTracks`), and `devicechange` fires. */
  unplug(deviceId: string, kind: MediaDeviceKind, { keepTracks = false } = {}): void {
    this.list = this.list.filter((info) => !(info.deviceId === deviceId && info.kind === kind));
    if (!keepTracks) {
      for (const stream of this.opened) {
        for (const track of stream.tracks) {
          if (track.deviceId === deviceId && `${track.kind}input` === kind && track.readyState === 'live')
            track.end();
        }
      }
    }
    this.dispatchEvent(new Event('devicechange'));
  }
}

class FakePermissions {
  state: PermissionState = 'prompt';
  readonly asked: string[] = [];
  async query(descriptor: { name: string }): Promise<PermissionStatus> {
    this.asked.push(descriptor.name);
    return { state: this.state } as PermissionStatus;
  }
}

/** An `<audio>` or `<video>` element; `withSink: false` is a browser without `setSinkId`. */
class FakeMediaElement {
  srcObject: MediaStream | null = null;
  muted = false;
  playsInline = false;
  autoplay = false;
  plays = 0;
  sinkId = '';
  readonly sinkCalls: string[] = [];
  setSinkId?: (id: string) => Promise<void>;
  constructor({ withSink = true, failSink }: { withSink?: boolean; failSink?: Error } = {}) {
    if (withSink) {
      this.setSinkId = async (id: string) => {
        this.sinkCalls.push(id);
        if (failSink) throw failSink;
        this.sinkId = id;
      };
    }
  }
  async play(): Promise<void> {
    this.plays++;
  }
  as<T>(): T {
    return this as unknown as T;
  }
}

/** WebAudio nodes that record their connections. */
class FakeNode {
  readonly connections = new Set<FakeNode>();
  constructor(readonly stream?: MediaStream) {}
  connect(node: FakeNode): void {
    this.connections.add(node);
  }
  disconnect(node: FakeNode): void {
    this.connections.delete(node);
  }
}

class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  readonly sources: FakeNode[] = [];
  closed = false;
  constructor() {
    FakeAudioContext.made.push(this);
  }
  createAnalyser(): FakeNode {
    return new FakeNode();
  }
  createMediaStreamSource(stream: MediaStream): FakeNode {
    const source = new FakeNode(stream);
    this.sources.push(source);
    return source;
  }
  async resume(): Promise<void> {}
  async close(): Promise<void> {
    this.closed = true;
  }
}

function setup() {
  const media = new FakeMediaDevices();
  const permissions = new FakePermissions();
  const logger = new RecordingLogger();
  const controller = new DefaultDeviceController(logger, {
    mediaDevices: media as unknown as MediaDevices,
    permissions: permissions as unknown as Permissions,
  });
  return { media, permissions, logger, controller };
}

/** Records every observer call as `method arguments`. */
function recordingObserver(): { observer: DeviceChangeObserver; calls: string[] } {
  const calls: string[] = [];
  const ids = (list?: MediaDeviceInfo[]) => (list ?? []).map((info) => info.deviceId).join(',');
  return {
    calls,
    observer: {
      audioInputsChanged: (list) => calls.push(`audioInputsChanged ${ids(list)}`),
      audioOutputsChanged: (list) => calls.push(`audioOutputsChanged ${ids(list)}`),
      videoInputsChanged: (list) => calls.push(`videoInputsChanged ${ids(list)}`),
      audioInputMuteStateChanged: (device, muted) =>
        calls.push(`audioInputMuteStateChanged ${typeof device === 'string' ? device : 'stream'} ${muted}`),
      audioInputStreamEnded: (deviceId) => calls.push(`audioInputStreamEnded ${deviceId}`),
      videoInputStreamEnded: (deviceId) => calls.push(`videoInputStreamEnded ${deviceId}`),
    },
  };
}

function trackOf(stream: MediaStream | undefined): Track {
  const track = stream?.getTracks()[0] as unknown as Track | undefined;
  assert.ok(track, 'a track');
  return track;
}

// ---- tests ----

describe('audio output', () => {
  it('plays the bound element on the chosen output, now and on a later bind', async () => {
    const { controller, logger } = setup();
    const output = new AudioOutput(logger, controller);
    const first = new FakeMediaElement();
    output.bind(first.as<HTMLAudioElement>());
    await controller.chooseAudioOutput('spk-1');
    assert.equal(controller.audioOutputDeviceId, 'spk-1');
    assert.equal(first.sinkId, 'spk-1');

    const later = new FakeMediaElement();
    const other = new AudioOutput(logger, controller);
    other.bind(later.as<HTMLAudioElement>());
    await flush();
    assert.equal(later.sinkId, 'spk-1', 'an element bound later plays on the chosen output');

    output.unbind();
    await controller.chooseAudioOutputDevice(null); // the 1.x name; null is the default
    assert.equal(later.sinkId, '');
    assert.equal(first.sinkId, 'spk-1', 'an unbound element no longer follows');
  });

  it('leaves an element alone until an output is chosen', async () => {
    const { controller, logger } = setup();
    const element = new FakeMediaElement();
    new AudioOutput(logger, controller).bind(element.as<HTMLAudioElement>());
    await flush();
    assert.deepEqual(element.sinkCalls, []);
  });

  it('rejects with a clear NotSupportedError without setSinkId and keeps the previous choice', async () => {
    const { controller, logger } = setup();
    const element = new FakeMediaElement({ withSink: false });
    new AudioOutput(logger, controller).bind(element.as<HTMLAudioElement>());
    await assert.rejects(controller.chooseAudioOutput('spk-1'), {
      name: 'NotSupportedError',
      message: 'this browser cannot choose an audio output device (no HTMLMediaElement.setSinkId)',
    });
    assert.equal(controller.audioOutputDeviceId, null);
    await controller.chooseAudioOutput(null); // the default needs no setSinkId
  });

  it('rejects without setSinkId in the browser even before an element is bound', async () => {
    const { controller } = setup();
    const global = globalThis as { HTMLMediaElement?: unknown };
    const previous = global.HTMLMediaElement;
    global.HTMLMediaElement = class {};
    try {
      await assert.rejects(controller.chooseAudioOutput('spk-1'), { name: 'NotSupportedError' });
    } finally {
      global.HTMLMediaElement = previous;
    }
  });

  it('rejects with the error of setSinkId and keeps the previous choice', async () => {
    const { controller, logger } = setup();
    const element = new FakeMediaElement();
    const output = new AudioOutput(logger, controller);
    output.bind(element.as<HTMLAudioElement>());
    await controller.chooseAudioOutput('spk-1');
    const failing = new FakeMediaElement({ failSink: browserError('NotFoundError', 'no such device') });
    output.bind(failing.as<HTMLAudioElement>());
    await flush();
    await assert.rejects(controller.chooseAudioOutput('gone'), { name: 'NotFoundError' });
    assert.equal(controller.audioOutputDeviceId, 'spk-1');
  });
});

describe('device changes', () => {
  let previousAudioContext: unknown;
  beforeEach(() => {
    previousAudioContext = (globalThis as { AudioContext?: unknown }).AudioContext;
  });
  afterEach(() => {
    (globalThis as { AudioContext?: unknown }).AudioContext = previousAudioContext;
  });

  it('listens only while observed, and reports only the kinds whose list changed', async () => {
    const { controller, media } = setup();
    assert.equal(media.listeners, 0);
    const { observer, calls } = recordingObserver();
    controller.addDeviceChangeObserver(observer);
    assert.equal(media.listeners, 1);
    await controller.deviceChangesSettled();
    assert.equal(media.enumerations, 1, 'listed once when the first observer is added');
    assert.deepEqual(calls, []);

    media.list.push(device('videoinput', 'cam-3'));
    media.dispatchEvent(new Event('devicechange'));
    await controller.deviceChangesSettled();
    assert.deepEqual(calls, ['videoInputsChanged cam-1,cam-2,cam-3']);

    // A label change counts (the default device changed); the order alone does not.
    calls.length = 0;
    media.list = media.list.map((info) =>
      info.kind === 'audiooutput' && info.deviceId === 'default'
        ? device('audiooutput', 'default', 'Default - Speaker 2')
        : info,
    );
    media.list.reverse();
    media.dispatchEvent(new Event('devicechange'));
    await controller.deviceChangesSettled();
    assert.deepEqual(calls, ['audioOutputsChanged spk-1,default']);

    calls.length = 0;
    media.dispatchEvent(new Event('devicechange'));
    await controller.deviceChangesSettled();
    assert.deepEqual(calls, [], 'nothing changed');
  });

  it('stops calling an observer once removed, and stops listening with the last one', async () => {
    const { controller, media } = setup();
    const a = recordingObserver();
    const b = recordingObserver();
    controller.addDeviceChangeObserver(a.observer);
    controller.addDeviceChangeObserver(b.observer);
    await controller.deviceChangesSettled();
    controller.removeDeviceChangeObserver(a.observer);
    media.unplug('mic-2', 'audioinput');
    await controller.deviceChangesSettled();
    assert.deepEqual(a.calls, []);
    assert.deepEqual(b.calls, ['audioInputsChanged default,mic-1']);
    controller.removeDeviceChangeObserver(b.observer);
    assert.equal(media.listeners, 0);
  });

  it('does not call an observer removed by another one during the same change', async () => {
    const { controller, media } = setup();
    const later = recordingObserver();
    controller.addDeviceChangeObserver({
      videoInputsChanged: () => controller.removeDeviceChangeObserver(later.observer),
    });
    controller.addDeviceChangeObserver(later.observer);
    await controller.deviceChangesSettled();
    media.unplug('cam-2', 'videoinput');
    await controller.deviceChangesSettled();
    assert.deepEqual(later.calls, []);
  });

  it('tells device list listeners the kind and the new list', async () => {
    const { controller, media } = setup();
    const seen: string[] = [];
    const listener = (kind: MediaDeviceKind, devices: MediaDeviceInfo[]) =>
      seen.push(`${kind} ${devices.map((info) => info.deviceId).join(',')}`);
    controller.addDeviceListListener(listener);
    await controller.deviceChangesSettled();
    media.unplug('spk-1', 'audiooutput');
    await controller.deviceChangesSettled();
    assert.deepEqual(seen, ['audiooutput default']);
    controller.removeDeviceListListener(listener);
    assert.equal(media.listeners, 0);
  });

  it('switches to the default microphone when the chosen one leaves the list', async () => {
    const { controller, media } = setup();
    const { observer, calls } = recordingObserver();
    controller.addDeviceChangeObserver(observer);
    await controller.deviceChangesSettled();
    const chosen = await controller.startAudioInput('mic-2');
    const inputs: Array<MediaStream | undefined> = [];
    controller.addAudioInputListener((stream) => inputs.push(stream));

    media.unplug('mic-2', 'audioinput', { keepTracks: true });
    await controller.deviceChangesSettled();
    assert.equal(trackOf(chosen).readyState, 'ended', 'the vanished microphone was released');
    assert.deepEqual(media.requests.at(-1), { audio: {} }, 'the default microphone was opened');
    assert.equal(trackOf(controller.activeAudioInput).deviceId, 'default');
    assert.equal(inputs.length, 1, 'the session is told of the new microphone');
    assert.equal(inputs[0], controller.activeAudioInput);
    assert.deepEqual(calls, [
      'audioInputMuteStateChanged mic-2 false',
      'audioInputsChanged default,mic-1',
      'audioInputMuteStateChanged default false',
      'audioInputStreamEnded mic-2',
    ]);
  });

  it('switches to the default microphone when the chosen one ends, observed or not', async () => {
    const { controller, media } = setup();
    const chosen = await controller.startAudioInput('mic-2');
    media.unplug('mic-2', 'audioinput');
    await until(() => controller.activeAudioInput !== chosen, 'the fallback');
    assert.equal(trackOf(controller.activeAudioInput).deviceId, 'default');
    assert.equal(media.listeners, 0, 'no devicechange listener without observers');
  });

  it('falls back once when the microphone both ends and leaves the list', async () => {
    const { controller, media } = setup();
    const { observer, calls } = recordingObserver();
    controller.addDeviceChangeObserver(observer);
    await controller.deviceChangesSettled();
    await controller.startAudioInput('mic-2');
    let open = () => {};
    media.gate = new Promise((resolve) => (open = resolve));
    media.unplug('mic-2', 'audioinput');
    await controller.deviceChangesSettled();
    open();
    await until(
      () =>
        controller.activeAudioInput !== undefined &&
        trackOf(controller.activeAudioInput).deviceId === 'default',
      'the fallback',
    );
    await flush();
    assert.deepEqual(media.requests, [{ audio: { deviceId: { exact: 'mic-2' } } }, { audio: {} }]);
    assert.equal(calls.filter((call) => call.startsWith('audioInputStreamEnded')).length, 1);
  });

  it('stops the video input when the chosen camera leaves the list', async () => {
    const { controller, media } = setup();
    const { observer, calls } = recordingObserver();
    controller.addDeviceChangeObserver(observer);
    await controller.deviceChangesSettled();
    const camera = await controller.startVideoInput('cam-2');
    const inputs: Array<MediaStream | undefined> = [];
    controller.addVideoInputListener((stream) => inputs.push(stream));

    media.unplug('cam-2', 'videoinput', { keepTracks: true });
    await controller.deviceChangesSettled();
    assert.equal(controller.activeVideoInput, undefined);
    assert.deepEqual(inputs, [undefined], 'the session is told the camera stopped');
    assert.equal(trackOf(camera).readyState, 'ended');
    assert.deepEqual(calls, ['videoInputsChanged cam-1', 'videoInputStreamEnded cam-2']);
  });

  it('leaves a stream passed in by the application to it', async () => {
    const { controller, media } = setup();
    controller.addDeviceChangeObserver({});
    await controller.deviceChangesSettled();
    const own = new Stream([new Track('video', 'cam-2')]) as unknown as MediaStream;
    await controller.startVideoInput(own);
    media.unplug('cam-2', 'videoinput', { keepTracks: true });
    trackOf(own).end();
    await controller.deviceChangesSettled();
    await flush();
    assert.equal(controller.activeVideoInput, own);
  });

  it('reports the browser muting the chosen microphone', async () => {
    const { controller } = setup();
    const { observer, calls } = recordingObserver();
    controller.addDeviceChangeObserver(observer);
    const stream = await controller.startAudioInput('mic-1');
    trackOf(stream).setMuted(true);
    trackOf(stream).setMuted(false);
    assert.deepEqual(calls, [
      'audioInputMuteStateChanged mic-1 false',
      'audioInputMuteStateChanged mic-1 true',
      'audioInputMuteStateChanged mic-1 false',
    ]);
    await controller.stopAudioInput();
    trackOf(stream).setMuted(true);
    assert.equal(calls.length, 3, 'a released track is no longer followed');
  });
});

describe('device access errors', () => {
  const cases: Array<{
    what: string;
    error: Error;
    state?: PermissionState;
    reason: DeviceAccessError['reason'];
    says: RegExp;
  }> = [
    {
      what: 'blocked in the browser',
      error: browserError('NotAllowedError', 'Permission denied'),
      state: 'denied',
      reason: 'denied-by-browser',
      says: /site settings/,
    },
    {
      what: 'a dismissed prompt',
      error: browserError('NotAllowedError', 'Permission dismissed'),
      state: 'prompt',
      reason: 'denied-by-browser',
      says: /Allow the camera for this site/,
    },
    {
      what: 'blocked by the system (Chromium)',
      error: browserError('NotAllowedError', 'Permission denied by system'),
      state: 'prompt',
      reason: 'denied-by-system',
      says: /privacy settings/,
    },
    {
      what: 'blocked by the system while the site is allowed (Safari, Firefox)',
      error: browserError('NotAllowedError', 'The request is not allowed by the user agent or the platform'),
      state: 'granted',
      reason: 'denied-by-system',
      says: /System Settings/,
    },
    {
      what: 'held by another application',
      error: browserError('NotReadableError', 'Could not start video source'),
      reason: 'in-use',
      says: /another application/,
    },
    {
      what: 'held by another application (old Chromium)',
      error: browserError('TrackStartError', ''),
      reason: 'in-use',
      says: /another application/,
    },
    {
      what: 'held by another application (Firefox)',
      error: browserError('AbortError', 'Starting videoinput failed'),
      reason: 'in-use',
      says: /another application/,
    },
    {
      what: 'no camera',
      error: browserError('NotFoundError', 'Requested device not found'),
      reason: 'not-found',
      says: /No such camera/,
    },
    {
      what: 'an unknown device id',
      error: browserError('OverconstrainedError', '', { constraint: 'deviceId' }),
      reason: 'not-found',
      says: /choose another one/,
    },
    {
      what: 'an impossible resolution',
      error: browserError('OverconstrainedError', '', { constraint: 'width' }),
      reason: 'other',
      says: /could not be opened \(OverconstrainedError/,
    },
    {
      what: 'anything else',
      error: browserError('TypeError', 'bad constraints'),
      reason: 'other',
      says: /could not be opened \(TypeError: bad constraints\)/,
    },
  ];

  for (const { what, error, state, reason, says } of cases) {
    it(`${what}: ${reason}`, async () => {
      const { controller, media, permissions } = setup();
      if (state) permissions.state = state;
      media.failWith = error;
      const failure = await controller.startVideoInput('cam-1').then(
        () => assert.fail('should reject'),
        (thrown: unknown) => thrown,
      );
      assert.ok(failure instanceof DeviceAccessError);
      assert.equal(failure.reason, reason);
      assert.equal(failure.kind, 'videoinput');
      assert.equal(failure.name, error.name, 'the browser error name is kept');
      assert.equal(failure.browserErrorName, error.name);
      assert.equal(failure.cause, error);
      assert.match(failure.message, says);
    });
  }

  it('names the microphone for audio input, from every way of opening it', async () => {
    const { controller, media, permissions } = setup();
    permissions.state = 'denied';
    media.failWith = browserError('NotAllowedError', 'Permission denied');
    for (const open of [
      () => controller.startAudioInput('mic-1'),
      () => controller.chooseAudioInputDevice('mic-1'),
      () => controller.openDefaultAudioInput(),
    ]) {
      await assert.rejects(open(), (error: DeviceAccessError) => {
        assert.equal(error.kind, 'audioinput');
        assert.equal(error.reason, 'denied-by-browser');
        assert.match(error.message, /microphone/);
        return true;
      });
    }
    assert.deepEqual(permissions.asked, ['microphone', 'microphone', 'microphone']);
  });

  it('an unknown camera id is not-found; a failed start keeps the previous camera', async () => {
    const { controller } = setup();
    const camera = await controller.chooseVideoInputDevice('cam-1');
    await assert.rejects(controller.chooseVideoInputDevice('nope'), { reason: 'not-found' });
    assert.equal(controller.activeVideoInput, camera);
    assert.equal(trackOf(camera).readyState, 'live');
    await assert.rejects(
      controller.openDefaultVideoInput().then(() => controller.startVideoInput('nope')),
      {
        reason: 'not-found',
      },
    );
    await controller.chooseVideoInputDevice(null); // Chime's way to stop the camera
    assert.equal(controller.activeVideoInput, undefined);
    assert.equal(trackOf(camera).readyState, 'ended');
  });

  it('without media devices: other, with a message', async () => {
    const logger = new RecordingLogger();
    const controller = new DefaultDeviceController(logger, { mediaDevices: {} as MediaDevices });
    await assert.rejects(controller.startAudioInput('mic-1'), (error: DeviceAccessError) => {
      assert.equal(error.reason, 'other');
      assert.match(error.message, /secure context/);
      return true;
    });
  });
});

describe('video preview', () => {
  it('shows the chosen camera muted and inline; stopping it leaves the camera on', async () => {
    const { controller, media } = setup();
    const camera = await controller.startVideoInput('cam-2');
    const element = new FakeMediaElement();
    await controller.startVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    assert.equal(element.srcObject, camera);
    assert.ok(element.muted && element.playsInline && element.autoplay);
    assert.equal(element.plays, 1);
    assert.equal(media.requests.length, 1, 'no other camera was opened');

    controller.stopVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    assert.equal(element.srcObject, null);
    assert.equal(trackOf(camera).readyState, 'live', 'the chosen camera stays on');
  });

  it('opens the default camera for a preview when none is chosen and stops it with the preview', async () => {
    const { controller, media } = setup();
    const element = new FakeMediaElement();
    await controller.startVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    assert.deepEqual(media.requests, [{ video: true }]);
    const preview = media.opened[0] as unknown as MediaStream;
    assert.equal(element.srcObject, preview);
    assert.equal(controller.activeVideoInput, undefined, 'the preview camera is not the chosen input');

    controller.stopVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    assert.equal(element.srcObject, null);
    assert.equal(trackOf(preview).readyState, 'ended');
  });

  it('follows the chosen camera and clears when it stops', async () => {
    const { controller, media } = setup();
    const element = new FakeMediaElement();
    await controller.startVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    const preview = media.opened[0] as unknown as MediaStream;
    const chosen = await controller.startVideoInput('cam-2');
    assert.equal(element.srcObject, chosen);
    assert.equal(trackOf(preview).readyState, 'ended', 'the preview camera was released');
    await controller.stopVideoInput();
    assert.equal(element.srcObject, null);
  });

  it('a stop while the camera opens releases it; a failure rejects (safely ignorable)', async () => {
    const { controller, media, permissions } = setup();
    const element = new FakeMediaElement();
    const shown = controller.startVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    controller.stopVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    await shown;
    await flush();
    assert.equal(element.srcObject, null);
    assert.equal(trackOf(media.opened[0] as unknown as MediaStream).readyState, 'ended');

    permissions.state = 'denied';
    media.failWith = browserError('NotAllowedError', 'Permission denied');
    await assert.rejects(controller.startVideoPreviewForVideoInput(element.as<HTMLVideoElement>()), {
      reason: 'denied-by-browser',
    });
  });
});

describe('level meter analyser', () => {
  let previous: unknown;
  beforeEach(() => {
    previous = (globalThis as { AudioContext?: unknown }).AudioContext;
    (globalThis as { AudioContext?: unknown }).AudioContext = FakeAudioContext;
    FakeAudioContext.made = [];
  });
  afterEach(() => {
    (globalThis as { AudioContext?: unknown }).AudioContext = previous;
  });

  it('is fed by the chosen microphone and removes its inputs', async () => {
    const { controller } = setup();
    const mic = await controller.startAudioInput('mic-1');
    const analyser = controller.createAnalyserNodeForAudioInput();
    assert.ok(analyser);
    const context = FakeAudioContext.made[0]!;
    const source = context.sources[0]!;
    assert.equal(source.stream, mic);
    assert.ok(source.connections.has(analyser as unknown as FakeNode));

    analyser.removeOriginalInputs();
    assert.equal(source.connections.size, 0);
    assert.equal(context.closed, true, 'the context closes with the last analyser');
    assert.equal(trackOf(mic).readyState, 'live', 'the chosen microphone stays on');
  });

  it('opens the default microphone when none is chosen, follows the chosen one, and releases it', async () => {
    const { controller, media } = setup();
    const analyser = controller.createAnalyserNodeForAudioInput()!;
    await until(() => FakeAudioContext.made[0]!.sources.length === 1, 'the default microphone connected');
    const context = FakeAudioContext.made[0]!;
    const own = media.opened[0] as unknown as MediaStream;
    assert.deepEqual(media.requests, [{ audio: true }]);
    assert.equal(context.sources[0]!.stream, own);

    const chosen = await controller.startAudioInput('mic-2');
    assert.equal(trackOf(own).readyState, 'ended', 'the meter’s own microphone was released');
    assert.equal(context.sources[1]!.stream, chosen);
    assert.ok(context.sources[1]!.connections.has(analyser as unknown as FakeNode));
    assert.equal(context.sources[0]!.connections.size, 0);

    await controller.stopAudioInput();
    await until(() => context.sources.length === 3, 'the default microphone again');
    analyser.removeOriginalInputs();
    assert.equal(trackOf(media.opened.at(-1) as unknown as MediaStream).readyState, 'ended');
  });

  it('removal before the default microphone opens releases it', async () => {
    const { controller, media } = setup();
    const analyser = controller.createAnalyserNodeForAudioInput()!;
    analyser.removeOriginalInputs();
    await until(() => media.opened.length === 1, 'the microphone opened');
    await flush();
    assert.equal(trackOf(media.opened[0] as unknown as MediaStream).readyState, 'ended');
    assert.equal(FakeAudioContext.made[0]!.sources.length, 0);
  });

  it('is null without WebAudio', () => {
    (globalThis as { AudioContext?: unknown }).AudioContext = undefined;
    const { controller, logger } = setup();
    assert.equal(controller.createAnalyserNodeForAudioInput(), null);
    assert.ok(logger.at(LogLevel.WARN).some((line) => /WebAudio/.test(line)));
  });
});

describe('destroy', () => {
  it('stops listening, previews and inputs', async () => {
    const { controller, media } = setup();
    controller.addDeviceChangeObserver({});
    const mic = await controller.startAudioInput('mic-1');
    const element = new FakeMediaElement();
    await controller.startVideoPreviewForVideoInput(element.as<HTMLVideoElement>());
    await controller.destroy();
    assert.equal(media.listeners, 0);
    assert.equal(element.srcObject, null);
    assert.equal(trackOf(mic).readyState, 'ended');
    assert.equal(controller.activeAudioInput, undefined);
  });
});
