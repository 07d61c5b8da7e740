// The device picker's pure logic: options and labels, which device is selected (also after one is
// unplugged), the level meter's scale, the messages of device failures, and opening the
// remembered camera exactly (falling back to any camera when it is gone).
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  chosenId,
  deviceOptions,
  levelOf,
  meterValue,
  selectedOption,
} from '../../components/device-picker/device-choice.ts';
import {
  defaultDeviceErrorStrings,
  deviceErrorDetail,
  deviceErrorMessage,
} from '../../components/shared/device-error.ts';
import {
  cameraToOpen,
  defaultVideoConstraints,
  openPreferredCamera,
  openPreferredDevices,
  preferredDevice,
  rememberDevice,
} from '../../components/shared/device-preferences.ts';
import { DeviceAccessError } from '../../src/devices/deviceAccessError.ts';

const names = { defaultDevice: 'Default', unnamed: 'Camera {n}' };
const device = (kind: MediaDeviceKind, deviceId: string, label = '') => ({ kind, deviceId, label });

describe('device options', () => {
  it('lists the devices of one kind in the browser order, with their labels', () => {
    const options = deviceOptions(
      [
        device('audioinput', 'default', 'Default - Headset'),
        device('videoinput', 'cam-a', 'Front camera'),
        device('videoinput', 'cam-b', 'USB camera'),
      ],
      'videoinput',
      names,
    );
    assert.deepEqual(options, [
      { value: 'cam-a', label: 'Front camera' },
      { value: 'cam-b', label: 'USB camera' },
    ]);
  });

  it('shows one Default entry while the browser hides the devices', () => {
    const hidden = [device('videoinput', ''), device('audioinput', '')];
    assert.deepEqual(deviceOptions(hidden, 'videoinput', names), [{ value: '', label: 'Default' }]);
  });

  it('numbers devices without a label, and drops the communications duplicate', () => {
    const options = deviceOptions(
      [
        device('audioinput', 'default', 'Default - Mic'),
        device('audioinput', 'communications', 'Communications - Mic'),
        device('audioinput', 'mic-1'),
        device('audioinput', 'mic-1'),
      ],
      'audioinput',
      { defaultDevice: 'Default', unnamed: 'Microphone {n}' },
    );
    assert.deepEqual(options, [
      { value: 'default', label: 'Default - Mic' },
      { value: 'mic-1', label: 'Microphone 2' },
    ]);
  });
});

describe('selected device', () => {
  const options = [
    { value: 'default', label: 'Default' },
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
  ];

  it('selects the first wanted device that is listed', () => {
    assert.equal(selectedOption(options, [undefined, 'b', 'a']), 'b');
    assert.equal(selectedOption(options, ['gone', 'a']), 'a');
  });

  it('falls back to the default entry, else the first device, when the chosen one is unplugged', () => {
    assert.equal(selectedOption(options, ['gone']), 'default');
    assert.equal(selectedOption(options.slice(1), ['gone', null]), 'a');
    assert.equal(selectedOption([], ['a']), '');
  });

  it('treats the default entry as no particular device', () => {
    assert.equal(chosenId('default'), undefined);
    assert.equal(chosenId(''), undefined);
    assert.equal(chosenId('a'), 'a');
  });
});

describe('level meter', () => {
  it('is empty for silence and full at 0 dB, on a decibel scale', () => {
    assert.equal(levelOf(new Float32Array(128)), 0);
    assert.equal(levelOf(new Float32Array(128).fill(1)), 1);
    assert.ok(Math.abs(levelOf(new Float32Array(128).fill(0.1)) - 2 / 3) < 1e-6, '-20 dB is two thirds');
    assert.equal(levelOf(new Float32Array(128).fill(1e-4)), 0, 'below -60 dB is empty');
  });

  it('rises at once and falls slowly', () => {
    assert.equal(meterValue(0.1, 0.8), 0.8);
    assert.ok(Math.abs(meterValue(0.8, 0, 0.02) - 0.78) < 1e-9);
  });
});

describe('device errors', () => {
  it('tells what to do for each reason and kind', () => {
    assert.equal(deviceErrorMessage('videoinput', 'denied-by-browser'), 'cameraDeniedByBrowser');
    assert.equal(deviceErrorMessage('videoinput', 'denied-by-system'), 'cameraDeniedBySystem');
    assert.equal(deviceErrorMessage('audioinput', 'in-use'), 'microphoneInUse');
    assert.equal(deviceErrorMessage('audioinput', 'not-found'), 'microphoneNotFound');
    assert.equal(deviceErrorMessage('audioinput', 'other'), 'microphoneFailed');
    assert.equal(deviceErrorMessage('audiooutput', 'not-found'), 'speakerFailed');
    assert.match(defaultDeviceErrorStrings.cameraDeniedByBrowser, /blocked by the browser.*address bar/);
    assert.match(defaultDeviceErrorStrings.cameraDeniedBySystem, /system settings/);
    assert.match(defaultDeviceErrorStrings.cameraInUse, /in use by another app/);
    assert.match(defaultDeviceErrorStrings.cameraNotFound, /No camera found/);
  });

  it('describes a DeviceAccessError with its reason, and other errors by their name', () => {
    const denied = new DeviceAccessError('denied-by-system', 'videoinput', 'NotAllowedError');
    assert.deepEqual(deviceErrorDetail('videoinput', denied), {
      kind: 'videoinput',
      name: 'NotAllowedError',
      reason: 'denied-by-system',
      message: denied.message,
    });
    const sink = Object.assign(new Error('no such sink'), { name: 'NotFoundError' });
    assert.equal(deviceErrorDetail('audiooutput', sink).reason, 'not-found');
    assert.equal(deviceErrorDetail('audiooutput', 'odd').reason, 'other');
  });
});

describe('remembered camera', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: {
        getItem: (key: string) => store.get(key) ?? null,
        setItem: (key: string, value: string) => void store.set(key, value),
      },
    });
  });

  /** Cameras as a controller opens them: `startVideoInput` fails for ids not in `present`. */
  function cameras(present: string[]) {
    const opened: MediaTrackConstraints[] = [];
    return {
      opened,
      activeAudioInput: undefined,
      activeVideoInput: undefined,
      audioOutputDeviceId: null,
      startAudioInput: async () => undefined,
      chooseAudioOutput: async () => undefined,
      async startVideoInput(constraints: string | MediaTrackConstraints) {
        const asked = typeof constraints === 'string' ? undefined : constraints;
        const exact = (asked?.deviceId as ConstrainDOMStringParameters | undefined)?.exact;
        if (typeof exact === 'string' && !present.includes(exact)) {
          throw new DeviceAccessError('not-found', 'videoinput', 'OverconstrainedError');
        }
        opened.push(asked!);
        return undefined;
      },
    };
  }

  it('opens exactly the remembered camera', async () => {
    rememberDevice('videoinput', 'usb');
    assert.equal(preferredDevice('videoinput'), 'usb');
    assert.deepEqual(cameraToOpen().deviceId, { exact: 'usb' });
    const devices = cameras(['front', 'usb']);
    assert.equal(await openPreferredDevices(devices, { camera: true }), undefined);
    assert.deepEqual(devices.opened, [{ ...defaultVideoConstraints, deviceId: { exact: 'usb' } }]);
  });

  it('opens any camera when the remembered one is gone', async () => {
    rememberDevice('videoinput', 'usb');
    const devices = cameras(['front']);
    await openPreferredCamera(devices);
    assert.deepEqual(devices.opened, [defaultVideoConstraints]);
  });

  it('opens any camera when none is remembered, and passes on other failures', async () => {
    rememberDevice('videoinput', undefined);
    assert.equal(cameraToOpen(), defaultVideoConstraints);
    const denied = new DeviceAccessError('denied-by-browser', 'videoinput', 'NotAllowedError');
    const failing = { startVideoInput: () => Promise.reject(denied) };
    await assert.rejects(openPreferredCamera(failing, 'usb'), denied);
  });
});
