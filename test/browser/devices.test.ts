// The device controller in real Chromium with its fake camera and microphone: listing, the audio
// output, camera previews, a level meter, a missing device, and device changes through the real
// `devicechange` event path (with a stubbed device list: Chromium cannot plug devices here).
import { expect } from '@open-wc/testing';
import { DefaultDeviceController, LogLevel, ConsoleLogger } from '../../src/index.ts';
// Not yet exported from src/index.ts.
import { DeviceAccessError } from '../../src/devices/deviceAccessError.ts';
import type { DeviceChangeObserver } from '../../src/devices/DeviceChangeObserver.ts';
import { AudioOutput } from '../../src/media/AudioOutput.ts';
import { waitFor } from './helpers/meeting-server.ts';
import { expectVideoElementPlays } from './helpers/official-client.ts';

describe('device controller in Chromium', () => {
  let controller: DefaultDeviceController;
  const cleanups: Array<() => void | Promise<void>> = [];

  beforeEach(() => {
    controller = new DefaultDeviceController(new ConsoleLogger('devices', LogLevel.WARN));
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await controller.destroy();
  });

  /** Replaces `navigator.mediaDevices.enumerateDevices` until the test ends. */
  function stubDeviceList(list: () => MediaDeviceInfo[]): void {
    const devices = navigator.mediaDevices;
    devices.enumerateDevices = async () => list();
    cleanups.push(() => {
      delete (devices as Partial<MediaDevices>).enumerateDevices; // back to the prototype's
    });
  }

  it('lists the fake devices with labels', async () => {
    const microphones = await controller.listAudioInputDevices();
    const cameras = await controller.listVideoInputDevices();
    expect(microphones.length).to.be.greaterThan(0);
    expect(cameras.length).to.be.greaterThan(0);
    for (const device of [...microphones, ...cameras]) expect(device.label, device.deviceId).to.not.equal('');
  });

  it('plays the bound audio element on the chosen output', async () => {
    const element = document.createElement('audio');
    document.body.append(element);
    cleanups.push(() => element.remove());
    const output = new AudioOutput(new ConsoleLogger('audio', LogLevel.WARN), controller);
    output.bind(element);
    cleanups.push(() => output.unbind());
    expect(typeof element.setSinkId).to.equal('function');

    await controller.chooseAudioOutput('default');
    expect(element.sinkId).to.equal('default');
    expect(controller.audioOutputDeviceId).to.equal('default');

    // An element bound later plays on it too.
    const later = document.createElement('audio');
    const other = new AudioOutput(new ConsoleLogger('audio', LogLevel.WARN), controller);
    other.bind(later);
    cleanups.push(() => other.unbind());
    await waitFor(() => later.sinkId === 'default', 'the later element on the chosen output');

    await controller.chooseAudioOutputDevice(null);
    expect(element.sinkId).to.equal('');
  });

  it('previews the default camera in a video element and stops it with the preview', async () => {
    const video = document.createElement('video');
    document.body.append(video);
    cleanups.push(() => video.remove());
    await controller.startVideoPreviewForVideoInput(video);
    expect(video.muted).to.equal(true);
    expect(video.playsInline).to.equal(true);
    const stream = video.srcObject as MediaStream;
    expect(stream).to.be.instanceOf(MediaStream);
    await expectVideoElementPlays(video, 'the preview');

    controller.stopVideoPreviewForVideoInput(video);
    expect(video.srcObject).to.equal(null);
    expect(stream.getVideoTracks()[0]!.readyState).to.equal('ended');
  });

  it('previews the chosen camera and leaves it on when the preview stops', async () => {
    const [camera] = await controller.listVideoInputDevices();
    const chosen = (await controller.startVideoInput(camera!.deviceId))!;
    const video = document.createElement('video');
    document.body.append(video);
    cleanups.push(() => video.remove());
    await controller.startVideoPreviewForVideoInput(video);
    expect(video.srcObject).to.equal(chosen);
    await expectVideoElementPlays(video, 'the preview of the chosen camera');
    controller.stopVideoPreviewForVideoInput(video);
    expect(video.srcObject).to.equal(null);
    expect(chosen.getVideoTracks()[0]!.readyState).to.equal('live');
  });

  it('gives a level meter a non-zero level from the fake microphone', async () => {
    const analyser = controller.createAnalyserNodeForAudioInput();
    expect(analyser).to.not.equal(null);
    cleanups.push(() => analyser!.removeOriginalInputs());
    const samples = new Float32Array(analyser!.fftSize);
    let loudest = 0;
    const deadline = Date.now() + 5_000;
    // The fake microphone beeps ~30 ms every ~500 ms: sample every ~20 ms.
    while (loudest < 0.01 && Date.now() < deadline) {
      analyser!.getFloatTimeDomainData(samples);
      loudest = Math.max(
        loudest,
        Math.sqrt(samples.reduce((sum, value) => sum + value * value, 0) / samples.length),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(loudest, 'RMS level').to.be.greaterThan(0.01);
  });

  it('rejects an unknown camera with a not-found DeviceAccessError and keeps the previous one', async () => {
    const [camera] = await controller.listVideoInputDevices();
    const chosen = await controller.startVideoInput(camera!.deviceId);
    const failure = await controller.startVideoInput('no-such-camera').then(
      () => expect.fail('should reject'),
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(DeviceAccessError);
    const error = failure as DeviceAccessError;
    expect(error.reason).to.equal('not-found');
    expect(error.kind).to.equal('videoinput');
    expect(error.name).to.be.oneOf(['OverconstrainedError', 'NotFoundError']);
    expect(error.message).to.match(/No such camera/);
    expect(controller.activeVideoInput).to.equal(chosen);
  });

  it('reports device changes from the devicechange event, and stops a camera that went away', async () => {
    const real = await navigator.mediaDevices.enumerateDevices();
    let list = real;
    stubDeviceList(() => list);
    const seen: string[] = [];
    const observer: DeviceChangeObserver = {
      audioInputsChanged: () => seen.push('audioInputsChanged'),
      audioOutputsChanged: () => seen.push('audioOutputsChanged'),
      videoInputsChanged: (devices) => seen.push(`videoInputsChanged ${devices?.length}`),
      videoInputStreamEnded: () => seen.push('videoInputStreamEnded'),
    };
    controller.addDeviceChangeObserver(observer);
    await controller.deviceChangesSettled();
    const camera = real.find((device) => device.kind === 'videoinput')!;
    const stream = (await controller.startVideoInput(camera.deviceId))!;

    // The camera is unplugged: it leaves the list.
    list = real.filter((device) => device !== camera);
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => seen.includes('videoInputStreamEnded'), 'the camera reported gone');
    const cameras = real.filter((device) => device.kind === 'videoinput').length;
    expect(seen).to.deep.equal([`videoInputsChanged ${cameras - 1}`, 'videoInputStreamEnded']);
    expect(controller.activeVideoInput).to.equal(undefined);
    expect(stream.getVideoTracks()[0]!.readyState).to.equal('ended');

    // Once removed, the observer hears nothing.
    controller.removeDeviceChangeObserver(observer);
    list = real;
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    await controller.deviceChangesSettled();
    expect(seen.length).to.equal(2);
  });

  it('switches to the default microphone when the chosen one goes away', async () => {
    const real = await navigator.mediaDevices.enumerateDevices();
    const microphone = real.find((device) => device.kind === 'audioinput' && device.deviceId !== 'default')!;
    let list = real;
    stubDeviceList(() => list);
    controller.addDeviceChangeObserver({});
    await controller.deviceChangesSettled();
    const chosen = (await controller.startAudioInput(microphone.deviceId))!;
    list = real.filter((device) => device.deviceId !== microphone.deviceId);
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => controller.activeAudioInput !== chosen, 'the default microphone');
    expect(chosen.getAudioTracks()[0]!.readyState).to.equal('ended');
    expect(controller.activeAudioInput!.getAudioTracks()[0]!.readyState).to.equal('live');
  });
});
