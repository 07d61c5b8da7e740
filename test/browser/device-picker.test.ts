// <chime-device-picker> in Chromium with its fake devices (three cameras: fake_device_0 and
// fake_device_2 in color, fake_device_1 in gray and not encodable by WebRTC; three microphones
// and speakers): listing, preview, level meter, test
// sound, remembered choices, plugging in and out, a blocked camera and microphone, and switching
// the camera of a live meeting without renegotiating, seen by another participant.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.ts';
import type { ChimeDevicePicker, ChimeMeeting } from '../../components/index.ts';
import type { ChimeDeviceErrorDetail, ChimeDevicesChangeDetail } from '../../components/events.ts';
import { preferredDevice, rememberDevice } from '../../components/shared/device-preferences.ts';
import { ConsoleLogger, DefaultDeviceController, LogLevel } from '../../src/index.ts';
import { expectVideoElementPlays, videoFrame } from './helpers/official-client.ts';
import { joinInfo, meetingServerUrl, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';

const part = <T extends Element = HTMLElement>(element: Element, name: string) =>
  element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const select = (picker: ChimeDevicePicker, kind: string) =>
  picker.shadowRoot!.querySelector<HTMLSelectElement>(`[data-kind="${kind}"] select`)!;
const optionLabels = (picker: ChimeDevicePicker, kind: string) =>
  [...select(picker, kind).options].map((option) => option.textContent!.trim());

/** Chooses the option labelled `label` as a user does. */
function choose(picker: ChimeDevicePicker, kind: string, label: string): string {
  const element = select(picker, kind);
  const option = [...element.options].find((candidate) => candidate.textContent!.trim() === label);
  if (!option) throw new Error(`no ${kind} option ${label}`);
  element.value = option.value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  return option.value;
}

/** How colorful the current frame of `video` is: 0 for a gray picture. */
function saturation(video: HTMLVideoElement): number {
  const pixels = videoFrame(video);
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    sum += Math.abs(pixels[i]! - pixels[i + 1]!) + Math.abs(pixels[i + 1]! - pixels[i + 2]!);
  }
  return sum / (pixels.length / 4);
}

/** The sum of `key` over the video RTP streams of `type` of `peer` (e.g. frames encoded). */
async function videoFrames(peer: RTCPeerConnection, type: string, key: string): Promise<number> {
  let total = 0;
  (await peer.getStats()).forEach((report: Record<string, unknown>) => {
    if (report.type === type && report.kind === 'video') total += Number(report[key] ?? 0);
  });
  return total;
}

/** Like `waitFor`, with an asynchronous condition. */
async function waitForAsync(condition: () => Promise<boolean>, message: string, timeoutMs = 15_000) {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const cameraLabel = (stream: MediaProvider | null | undefined) =>
  (stream as MediaStream | null | undefined)?.getVideoTracks()[0]?.label;

/** Resolves once the cameras are listed with their names. */
async function listed(picker: ChimeDevicePicker): Promise<void> {
  await waitFor(
    () => optionLabels(picker, 'videoinput').join() === 'fake_device_0,fake_device_1,fake_device_2',
    'the cameras listed with their names',
  );
}

describe('<chime-device-picker>', () => {
  const cleanups: Array<() => unknown> = [];
  before(async () => {
    const cameras = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    if (cameras.length < 3)
      throw new Error('these tests need three fake cameras: run `npx wtr --group device-picker`');
  });
  beforeEach(() => rememberDevice('videoinput', undefined));
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    for (const kind of ['audioinput', 'audiooutput', 'videoinput'] as const) rememberDevice(kind, undefined);
  });

  /** A picker on the page, with the events it dispatched. */
  async function picker(template = html`<chime-device-picker></chime-device-picker>`) {
    const events: Array<{ type: string; detail: unknown }> = [];
    const record = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
    for (const type of ['chime-devices-change', 'chime-device-change', 'chime-device-error']) {
      document.addEventListener(type, record);
      cleanups.push(() => document.removeEventListener(type, record));
    }
    const element = await fixture<ChimeDevicePicker>(template);
    cleanups.push(() => element.remove());
    return { element, events };
  }

  it('lists the fake devices, previews the default camera, and is accessible', async () => {
    const { element, events } = await picker();
    await listed(element);
    expect(optionLabels(element, 'videoinput')).to.deep.equal([
      'fake_device_0',
      'fake_device_1',
      'fake_device_2',
    ]);
    expect(optionLabels(element, 'audioinput')).to.include.members([
      'Fake Default Audio Input',
      'Fake Audio Input 1',
    ]);
    expect(optionLabels(element, 'audiooutput')).to.include('Fake Default Audio Output');
    expect(select(element, 'audiooutput').value).to.equal('default');
    const kinds = events
      .filter((event) => event.type === 'chime-devices-change')
      .map((event) => (event.detail as ChimeDevicesChangeDetail).kind);
    expect(kinds).to.include.members(['audioinput', 'audiooutput', 'videoinput']);

    const preview = part<HTMLVideoElement>(element, 'preview')!;
    expect(preview.muted).to.equal(true);
    expect(preview.playsInline).to.equal(true);
    await waitFor(() => cameraLabel(preview.srcObject) === 'fake_device_0', 'the default camera previewed');
    expect(select(element, 'videoinput').selectedOptions[0]!.textContent!.trim()).to.equal('fake_device_0');
    await expectVideoElementPlays(preview, 'the preview');
    await expect(element).to.be.accessible();
  });

  it('switches the preview to the chosen camera, remembers it and says so', async () => {
    const { element, events } = await picker();
    await listed(element);
    const preview = part<HTMLVideoElement>(element, 'preview')!;
    await waitFor(() => cameraLabel(preview.srcObject) === 'fake_device_0', 'the default camera previewed');
    await expectVideoElementPlays(preview, 'the preview');
    expect(saturation(preview), 'fake_device_0 is in color').to.be.greaterThan(5);

    const changed = oneEvent(element, 'chime-device-change');
    const id = choose(element, 'videoinput', 'fake_device_1');
    expect((await changed).detail).to.deep.equal({ kind: 'videoinput', deviceId: id });
    expect(cameraLabel(preview.srcObject)).to.equal('fake_device_1');
    await waitFor(() => preview.videoWidth > 0 && saturation(preview) === 0, 'the gray camera previewed');
    expect(preferredDevice('videoinput')).to.equal(id);
    expect(element.deviceController.activeVideoInput!.getVideoTracks()[0]!.getSettings().deviceId).to.equal(
      id,
    );
    expect(events.filter((event) => event.type === 'chime-device-error')).to.deep.equal([]);
  });

  it('opens the remembered camera and microphone on the next visit, or any camera when it is gone', async () => {
    const probe = new DefaultDeviceController(new ConsoleLogger('probe', LogLevel.WARN));
    const cameras = await probe.listVideoInputDevices();
    const microphones = await probe.listAudioInputDevices();
    const gray = cameras.find((camera) => camera.label === 'fake_device_1')!;
    const microphone = microphones.find((device) => device.label === 'Fake Audio Input 1')!;
    rememberDevice('videoinput', gray.deviceId);
    rememberDevice('audioinput', microphone.deviceId);

    const first = (await picker()).element;
    const preview = part<HTMLVideoElement>(first, 'preview')!;
    await waitFor(() => cameraLabel(preview.srcObject) === 'fake_device_1', 'the remembered camera');
    await waitFor(
      () => first.deviceController.activeAudioInput?.getAudioTracks()[0]?.label === 'Fake Audio Input 1',
      'the remembered microphone',
    );
    await listed(first);
    expect(select(first, 'videoinput').value).to.equal(gray.deviceId);
    expect(select(first, 'audioinput').value).to.equal(microphone.deviceId);
    first.remove();

    rememberDevice('videoinput', 'a-camera-unplugged-since');
    const { element: second, events } = await picker();
    const secondPreview = part<HTMLVideoElement>(second, 'preview')!;
    await waitFor(() => cameraLabel(secondPreview.srcObject) === 'fake_device_0', 'another camera');
    expect(events.filter((event) => event.type === 'chime-device-error')).to.deep.equal([]);
    expect(part(second, 'error')).to.equal(null);
  });

  it('moves its level meter with the fake microphone’s beeps', async () => {
    const { element } = await picker(html`<chime-device-picker kinds="audioinput"></chime-device-picker>`);
    const meter = part<HTMLMeterElement>(element, 'level')!;
    expect(meter.getAttribute('aria-label')).to.equal('Microphone level');
    expect(part(element, 'preview')).to.equal(null);
    let low = 1;
    let high = 0;
    // The fake microphone beeps ~30 ms every ~500 ms.
    await waitFor(() => {
      low = Math.min(low, meter.value);
      high = Math.max(high, meter.value);
      return high > 0.4 && high - low > 0.3;
    }, 'the meter rising with a beep and falling after it');
    await expect(element).to.be.accessible();
  });

  it('plays the test sound on the chosen speaker', async () => {
    const { element } = await picker(html`<chime-device-picker kinds="audiooutput"></chime-device-picker>`);
    await waitFor(() => optionLabels(element, 'audiooutput').length > 1, 'the speakers listed');
    const changed = oneEvent(element, 'chime-device-change');
    const id = choose(element, 'audiooutput', 'Fake Audio Output 1');
    await changed;
    expect(element.deviceController.audioOutputDeviceId).to.equal(id);
    expect(preferredDevice('audiooutput')).to.equal(id);

    const button = part<HTMLButtonElement>(element, 'test-sound')!;
    expect(button.textContent!.trim()).to.equal('Play test sound');
    const audio = element.shadowRoot!.querySelector('audio')!;
    button.click();
    await waitFor(() => !audio.paused && audio.srcObject !== null, 'the test sound playing');
    expect(audio.sinkId).to.equal(id);
    await waitFor(() => audio.srcObject === null && !button.disabled, 'the test sound over');
  });

  it('follows a camera being unplugged and plugged in again', async () => {
    const real = await navigator.mediaDevices.enumerateDevices();
    const gray = real.find((device) => device.label === 'fake_device_1')!;
    rememberDevice('videoinput', gray.deviceId);
    let list = real;
    const devices = navigator.mediaDevices;
    // Chromium cannot unplug its fake devices: the real list, minus the camera, as the browser
    // would report it; the `devicechange` event and everything after it are real.
    devices.enumerateDevices = async () => list;
    cleanups.push(() => delete (devices as Partial<MediaDevices>).enumerateDevices);

    const { element, events } = await picker();
    const preview = part<HTMLVideoElement>(element, 'preview')!;
    await waitFor(() => cameraLabel(preview.srcObject) === 'fake_device_1', 'the remembered camera');
    await listed(element);

    list = real.filter((device) => device !== gray);
    devices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => optionLabels(element, 'videoinput').length === 2, 'the camera gone from the list');
    await waitFor(() => cameraLabel(preview.srcObject) === 'fake_device_0', 'the other camera previewed');
    expect(select(element, 'videoinput').selectedOptions[0]!.textContent!.trim()).to.equal('fake_device_0');
    const change = events.findLast((event) => event.type === 'chime-devices-change')!;
    expect((change.detail as ChimeDevicesChangeDetail).kind).to.equal('videoinput');
    expect((change.detail as ChimeDevicesChangeDetail).devices.length).to.equal(2);

    // Plugged in again: listed again, and still remembered as the choice.
    list = real;
    devices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => optionLabels(element, 'videoinput').length === 3, 'the camera listed again');
    expect(preferredDevice('videoinput')).to.equal(gray.deviceId);
  });

  it('inside a meeting leaves device changes to the meeting, so each is reported once', async () => {
    const { element, events } = await picker(
      html`<chime-meeting no-prejoin><chime-device-picker></chime-device-picker></chime-meeting>`,
    );
    const inner = element.querySelector('chime-device-picker')!;
    await waitFor(() => optionLabels(inner, 'videoinput').length > 0, 'the cameras listed');
    events.length = 0;
    // A camera unplugged, as in the test above: the list without it, then a real devicechange.
    const devices = navigator.mediaDevices;
    const real = await devices.enumerateDevices();
    devices.enumerateDevices = async () => real.filter((device) => device.label !== 'fake_device_1');
    cleanups.push(() => delete (devices as Partial<MediaDevices>).enumerateDevices);
    devices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => events.some((event) => event.type === 'chime-devices-change'), 'the change reported');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const kinds = events
      .filter((event) => event.type === 'chime-devices-change')
      .map((event) => (event.detail as ChimeDevicesChangeDetail).kind)
      .sort();
    expect(new Set(kinds).size, `each kind once: ${kinds.join(', ')}`).to.equal(kinds.length);
  });

  it('says what to do when the browser blocks the camera and the microphone', async () => {
    // A frame whose permissions policy blocks both: the browser itself refuses them, as in a
    // widget embedded without `allow="camera; microphone"`.
    const frame = document.createElement('iframe');
    frame.allow = "camera 'none'; microphone 'none'";
    document.body.append(frame);
    cleanups.push(() => frame.remove());
    const blocked = frame.contentWindow!.navigator;
    const controller = new DefaultDeviceController(new ConsoleLogger('blocked', LogLevel.ERROR), {
      mediaDevices: blocked.mediaDevices,
      permissions: blocked.permissions,
    });
    cleanups.push(() => controller.destroy());

    const { element, events } = await picker(
      html`<chime-device-picker .deviceController=${controller}></chime-device-picker>`,
    );
    await waitFor(() => element.shadowRoot!.querySelectorAll('[part="error"]').length === 2, 'two messages');
    const messages = [...element.shadowRoot!.querySelectorAll('[part="error"]')];
    for (const message of messages) expect(message.getAttribute('role')).to.equal('alert');
    expect(messages.map((message) => message.textContent!.trim())).to.deep.equal([
      'Microphone blocked by the browser. Allow it for this site from the icon in the address bar, then reload the page.',
      'Camera blocked by the browser. Allow it for this site from the icon in the address bar, then reload the page.',
    ]);
    const errors = events
      .filter((event) => event.type === 'chime-device-error')
      .map((event) => event.detail as ChimeDeviceErrorDetail);
    expect(errors.map(({ kind, name, reason }) => `${kind} ${name} ${reason}`)).to.have.members([
      'audioinput NotAllowedError denied-by-browser',
      'videoinput NotAllowedError denied-by-browser',
    ]);
    await expect(element).to.be.accessible();
  });

  describe('with <chime-meeting>', () => {
    const meetings: ChimeMeeting[] = [];
    afterEach(async () => {
      await Promise.all(meetings.splice(0).map((meeting) => meeting.leave()));
    });

    it('switches the camera of the call without renegotiating, as the others see', async () => {
      // Every description the page's peer connections set from now on.
      const negotiations: string[] = [];
      const peers = new Set<RTCPeerConnection>();
      const original = RTCPeerConnection.prototype.setLocalDescription;
      RTCPeerConnection.prototype.setLocalDescription = function (
        this: RTCPeerConnection,
        ...args: Parameters<typeof original>
      ) {
        peers.add(this);
        negotiations.push(args[0]?.type ?? 'implicit');
        return original.apply(this, args);
      } as typeof original;
      cleanups.push(() => (RTCPeerConnection.prototype.setLocalDescription = original));

      const meeting = uniqueMeetingName('picker');
      const ada = await fixture<ChimeMeeting>(
        html`<chime-meeting no-prejoin
          ><chime-device-picker kinds="videoinput"></chime-device-picker
        ></chime-meeting>`,
      );
      meetings.push(ada);
      const adaPicker = ada.querySelector('chime-device-picker')!;
      expect(adaPicker.deviceController).to.equal(ada.deviceController);
      ada.joinInfo = await joinInfo(meeting, 'Ada');
      const adaJoined = oneEvent(ada, 'chime-joined');
      await ada.join({ camera: true });
      await adaJoined;
      const adaPeer = [...peers][0]!;
      const sentCamera = () =>
        adaPeer.getSenders().find((sender) => sender.track?.kind === 'video')?.track?.label;
      await waitFor(() => sentCamera() === 'fake_device_0', 'Ada sending the default camera');

      const bob = await fixture<ChimeMeeting>(html`<chime-meeting no-prejoin></chime-meeting>`);
      meetings.push(bob);
      bob.joinInfo = await joinInfo(meeting, 'Bob');
      const bobJoined = oneEvent(bob, 'chime-joined');
      await bob.join();
      await bobJoined;
      const adaAtBob = () => bob.session!.attendee(ada.session!.localAttendeeId);
      await waitFor(() => adaAtBob().videoTile?.active === true, 'Bob gets Ada’s video', 20_000);
      const video = document.createElement('video');
      video.muted = true;
      document.body.append(video);
      cleanups.push(() => video.remove());
      bob.session!.audioVideo.bindVideoElement(adaAtBob().videoTile!.tileId, video);
      await expectVideoElementPlays(video, 'Ada’s video at Bob');
      await waitFor(() => saturation(video) > 5, 'Ada’s color camera at Bob');

      await listed(adaPicker);
      const before = negotiations.length;
      const encodedBefore = await videoFrames(adaPeer, 'outbound-rtp', 'framesEncoded');
      const changed = oneEvent(adaPicker, 'chime-device-change');
      choose(adaPicker, 'videoinput', 'fake_device_2');
      await changed;
      await waitFor(() => sentCamera() === 'fake_device_2', 'Ada sending the chosen camera');
      // The new camera's frames are encoded, sent and decoded at Bob: the switch is complete.
      const encodedAtSwitch = await videoFrames(adaPeer, 'outbound-rtp', 'framesEncoded');
      const bobPeer = [...peers].find((peer) => peer !== adaPeer)!;
      const decodedAtSwitch = await videoFrames(bobPeer, 'inbound-rtp', 'framesDecoded');
      await waitForAsync(
        async () => (await videoFrames(adaPeer, 'outbound-rtp', 'framesEncoded')) > encodedAtSwitch + 20,
        'frames of the new camera encoded',
      );
      await waitForAsync(
        async () => (await videoFrames(bobPeer, 'inbound-rtp', 'framesDecoded')) > decodedAtSwitch + 20,
        'frames decoded at Bob after the switch',
      );
      expect(encodedBefore).to.be.greaterThan(0);
      expect(negotiations.slice(before), 'offers and answers after the switch').to.deep.equal([]);
      expect(ada.session!.audioVideo.hasStartedLocalVideoTile()).to.equal(true);
    });

    it('is part of the pre-join screen, and the meeting joins with the camera chosen there', async () => {
      const meeting = await fixture<ChimeMeeting>(
        html`<chime-meeting
          join-url=${`${await meetingServerUrl()}/join`}
          meeting=${uniqueMeetingName('prejoin-picker')}
          name="Pia"
        ></chime-meeting>`,
      );
      meetings.push(meeting);
      const embedded = part(meeting, 'device-picker') as ChimeDevicePicker;
      expect(embedded.localName).to.equal('chime-device-picker');
      expect(embedded.deviceController).to.equal(meeting.deviceController);
      await listed(embedded);
      choose(embedded, 'videoinput', 'fake_device_2');
      await waitFor(
        () => cameraLabel(part<HTMLVideoElement>(embedded, 'preview')?.srcObject) === 'fake_device_2',
        'the chosen camera previewed',
      );
      await expect(meeting).to.be.accessible();

      const joined = oneEvent(meeting, 'chime-joined');
      part<HTMLButtonElement>(meeting, 'join-button')!.click();
      await joined;
      expect(meeting.session!.audioVideo.hasStartedLocalVideoTile()).to.equal(true);
      expect(cameraLabel(meeting.deviceController.activeVideoInput)).to.equal('fake_device_2');
    });
  });
});
