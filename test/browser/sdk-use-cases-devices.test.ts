// The seed README's "Device" use cases (1–4), done by our SDK as the README writes them (the 1.x
// names chooseAudioInputDevice, chooseAudioOutputDevice, chooseVideoInputDevice(null), and the
// 3.x names startAudioInput, chooseAudioOutput, startVideoInput, stopVideoInput), against the
// local service, with the official client as the attendee that hears and sees the chosen devices.
// Headless Chromium's fake devices: three microphones, three speakers, one camera.
import { expect } from '@open-wc/testing';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { expectTilePlays, type OfficialPeer } from './helpers/official-client.ts';
import {
  audioMeter,
  everyoneStoppedAfterEach,
  expectHears,
  joinListeningOfficial,
  joinOfficial,
  joinOurPeer,
  mediaElement,
  ourPeer,
  type OurPeer,
  waitForAsync,
} from './helpers/sdk-use-cases.ts';

/** The id of the audio track our peer connection sends (its `media-source` statistics). */
async function sentAudioTrackId(peer: OurPeer): Promise<string | undefined> {
  const stats = await peer.session.audioVideo.getRTCPeerConnectionStats();
  let id: string | undefined;
  stats?.forEach((report: { type: string; kind?: string; trackIdentifier?: string }) => {
    if (report.type === 'media-source' && report.kind === 'audio') id = report.trackIdentifier;
  });
  return id;
}

/** The official viewer's tile of `peer`'s camera, once it has a stream. */
function cameraTileAt(viewer: OfficialPeer, peer: OurPeer) {
  return [...viewer.tiles.values()].find(
    (tile) => tile.boundAttendeeId === peer.attendeeId && !tile.isContent && tile.boundVideoStream,
  );
}

/** A device as `enumerateDevices()` lists it, for a simulated browser. */
function fakeDevice(kind: MediaDeviceKind, deviceId: string, label: string): MediaDeviceInfo {
  return { kind, deviceId, label, groupId: 'headset', toJSON: () => ({ kind, deviceId, label }) };
}

describe('seed use case 1: list audio input, audio output and video input devices', () => {
  const context = everyoneStoppedAfterEach();

  it("lists the browser's devices of each kind, with ids and labels", async () => {
    const { session: meetingSession } = ourPeer(context, await joinInfo(uniqueMeetingName('uc1'), 'Ana'));

    const audioInputDevices = await meetingSession.audioVideo.listAudioInputDevices();
    const audioOutputDevices = await meetingSession.audioVideo.listAudioOutputDevices();
    const videoInputDevices = await meetingSession.audioVideo.listVideoInputDevices();
    const lines: string[] = [];
    audioInputDevices.forEach((mediaDeviceInfo) => {
      lines.push(`Device ID: ${mediaDeviceInfo.deviceId} Microphone: ${mediaDeviceInfo.label}`);
    });

    const browser = await navigator.mediaDevices.enumerateDevices();
    for (const [kind, list] of [
      ['audioinput', audioInputDevices],
      ['audiooutput', audioOutputDevices],
      ['videoinput', videoInputDevices],
    ] as const) {
      expect(
        list.map((device) => device.deviceId),
        kind,
      ).to.deep.equal(browser.filter((device) => device.kind === kind).map((device) => device.deviceId));
      expect(list.length, kind).to.be.greaterThan(0);
      for (const device of list) {
        expect(device.kind).to.equal(kind);
        expect(device.label, `${kind} ${device.deviceId}: a label`).to.not.equal('');
      }
    }
    expect(lines).to.have.length(audioInputDevices.length);
    expect(lines[0]).to.match(/^Device ID: \S+ Microphone: \S/);
  });

  it('asks for the permissions when the browser hides the devices (the README: "The browser will ask")', async () => {
    // The test page was granted both permissions before it loaded, so the test plays a page
    // that never was: until something asks for a microphone and a camera, Chromium lists one
    // device per kind with neither id nor label. The Chime SDK then asks (getUserMedia for audio
    // and video, its "device label trigger"), stops what it got, and lists again.
    const mediaDevices = navigator.mediaDevices;
    const enumerate = mediaDevices.enumerateDevices.bind(mediaDevices);
    const getUserMedia = mediaDevices.getUserMedia.bind(mediaDevices);
    const asked: MediaStreamConstraints[] = [];
    const opened: MediaStream[] = [];
    mediaDevices.enumerateDevices = async () =>
      asked.length > 0
        ? enumerate()
        : (['audioinput', 'videoinput', 'audiooutput'] as const).map((kind) => fakeDevice(kind, '', ''));
    mediaDevices.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      asked.push(constraints!);
      const stream = await getUserMedia(constraints);
      opened.push(stream);
      return stream;
    };
    context.cleanups.push(() => {
      delete (mediaDevices as Partial<MediaDevices>).enumerateDevices;
      delete (mediaDevices as Partial<MediaDevices>).getUserMedia;
    });
    const { session: meetingSession } = ourPeer(context, await joinInfo(uniqueMeetingName('uc1'), 'Ana'));

    const audioInputDevices = await meetingSession.audioVideo.listAudioInputDevices();

    expect(asked.length, 'asked for the permissions').to.be.greaterThan(0);
    expect(audioInputDevices.length).to.be.greaterThan(0);
    for (const device of audioInputDevices) {
      expect(device.deviceId, 'an id').to.not.equal('');
      expect(device.label, 'a label').to.not.equal('');
    }
    for (const track of opened.flatMap((stream) => stream.getTracks())) {
      expect(track.readyState, `the ${track.kind} opened for the permission is stopped`).to.equal('ended');
    }
  });
});

describe('seed use case 2: choose the audio input and output devices', () => {
  const context = everyoneStoppedAfterEach();

  it('sends the chosen microphone to the official client and plays it on the chosen speaker (1.x and 3.x names)', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc2');
    const official = await joinListeningOfficial(context, meeting, 'Bo');
    const audioElement = mediaElement(context, 'audio');
    let audioInputs!: MediaDeviceInfo[];
    let audioOutputs!: MediaDeviceInfo[];
    const ours = await joinOurPeer(context, meeting, 'Ana', async ({ session: meetingSession }) => {
      audioInputs = await meetingSession.audioVideo.listAudioInputDevices();
      audioOutputs = await meetingSession.audioVideo.listAudioOutputDevices();
      // The seed's 1.x names, before the session starts; the last devices, not the defaults.
      const audioInputDeviceInfo = audioInputs.at(-1)!;
      await meetingSession.audioVideo.chooseAudioInputDevice(audioInputDeviceInfo.deviceId);
      const audioOutputDeviceInfo = audioOutputs.at(-1)!;
      await meetingSession.audioVideo.chooseAudioOutputDevice(audioOutputDeviceInfo.deviceId);
      await meetingSession.audioVideo.bindAudioElement(audioElement);
    });
    const meetingSession = ours.session;
    const chosenTrack = () => meetingSession.deviceController.activeAudioInput?.getAudioTracks()[0];

    expect(chosenTrack()?.getSettings().deviceId, 'the chosen microphone').to.equal(
      audioInputs.at(-1)!.deviceId,
    );
    await waitFor(() => audioElement.srcObject !== null, 'meeting audio in the bound element');
    expect(audioElement.sinkId, 'plays on the chosen speaker').to.equal(audioOutputs.at(-1)!.deviceId);
    expect(await sentAudioTrackId(ours), 'the chosen microphone is what is sent').to.equal(chosenTrack()!.id);
    const atOurs = audioMeter(context, audioElement);
    const atOfficial = audioMeter(context, official.audio);
    await Promise.all([
      expectHears(atOfficial, 'the official client hears the chosen microphone'),
      expectHears(atOurs, 'ours hears the official client on the chosen speaker'),
    ]);

    // The 3.x names, while the session runs: another microphone and another speaker.
    const before = chosenTrack()!;
    await meetingSession.audioVideo.startAudioInput(audioInputs[1]!.deviceId);
    expect(chosenTrack()?.getSettings().deviceId, 'startAudioInput').to.equal(audioInputs[1]!.deviceId);
    expect(before.readyState, 'the previous microphone released').to.equal('ended');
    await waitForAsync(
      async () => (await sentAudioTrackId(ours)) === chosenTrack()!.id,
      'the new microphone is what is sent',
    );
    await meetingSession.audioVideo.chooseAudioOutput(audioOutputs[1]!.deviceId);
    expect(audioElement.sinkId, 'chooseAudioOutput').to.equal(audioOutputs[1]!.deviceId);
    await Promise.all([
      expectHears(atOfficial, 'the official client hears the microphone chosen with startAudioInput'),
      expectHears(atOurs, 'ours still hears the official client'),
    ]);
  });
});

describe('seed use case 3: choose a video input device', () => {
  const context = everyoneStoppedAfterEach();

  it('sends the chosen camera to the official client and stops it with chooseVideoInputDevice(null) (1.x) and stopVideoInput (3.x)', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('uc3');
    const official = await joinOfficial(context, meeting, 'Bo');
    const ours = await joinOurPeer(context, meeting, 'Ana');
    const meetingSession = ours.session;
    const videoInputs = await meetingSession.audioVideo.listVideoInputDevices();

    // 1.x: choose the camera; the README's "LED" is the track being live.
    const videoInputDeviceInfo = videoInputs[0]!;
    const camera = await meetingSession.audioVideo.chooseVideoInputDevice(videoInputDeviceInfo.deviceId);
    const track = camera!.getVideoTracks()[0]!;
    expect(track.getSettings().deviceId, 'the chosen camera').to.equal(videoInputDeviceInfo.deviceId);
    expect(track.readyState).to.equal('live');
    meetingSession.audioVideo.startLocalVideoTile();
    await waitFor(
      () => cameraTileAt(official, ours) !== undefined,
      'our camera at the official client',
      20_000,
    );
    const firstTile = cameraTileAt(official, ours)!.tileId!;
    await expectTilePlays(official, firstTile, 'the chosen camera at the official client');

    // 1.x: choose none: the camera stops capturing, and stops reaching the official client.
    await meetingSession.audioVideo.chooseVideoInputDevice(null);
    expect(track.readyState, 'the camera stopped capturing').to.equal('ended');
    expect(meetingSession.deviceController.activeVideoInput).to.equal(undefined);
    await waitFor(
      () => official.removed.includes(firstTile),
      'our tile removed at the official client',
      20_000,
    );

    // 3.x: startVideoInput, then stopVideoInput.
    const again = await meetingSession.audioVideo.startVideoInput(videoInputDeviceInfo.deviceId);
    const secondTrack = again!.getVideoTracks()[0]!;
    expect(secondTrack.readyState).to.equal('live');
    meetingSession.audioVideo.startLocalVideoTile();
    await waitFor(
      () => cameraTileAt(official, ours) !== undefined && cameraTileAt(official, ours)!.tileId !== firstTile,
      'our camera at the official client again',
      20_000,
    );
    const secondTile = cameraTileAt(official, ours)!.tileId!;
    await expectTilePlays(official, secondTile, 'the camera of startVideoInput at the official client');
    await meetingSession.audioVideo.stopVideoInput();
    expect(secondTrack.readyState, 'stopVideoInput stopped the camera').to.equal('ended');
    await waitFor(() => official.removed.includes(secondTile), 'our tile removed again', 20_000);
  });
});

describe('seed use case 4: observe device changes', () => {
  const context = everyoneStoppedAfterEach();

  it('reports a headset plugged in and out with the fresh lists (and, 3.x, the microphone mute state)', async () => {
    // Headless Chromium's fake devices never change: the test plugs a headset in by making
    // enumerateDevices list two more devices and firing `devicechange`, as the browser does.
    const mediaDevices = navigator.mediaDevices;
    const enumerate = mediaDevices.enumerateDevices.bind(mediaDevices);
    let plugged = false;
    let listings = 0;
    const headset = [
      fakeDevice('audioinput', 'headset-mic', 'Headset Microphone'),
      fakeDevice('audiooutput', 'headset-speaker', 'Headset Speaker'),
    ];
    mediaDevices.enumerateDevices = async () => {
      const devices = await enumerate();
      listings++;
      return plugged ? [...devices, ...headset] : devices;
    };
    context.cleanups.push(() => {
      delete (mediaDevices as Partial<MediaDevices>).enumerateDevices;
    });
    const { session: meetingSession } = ourPeer(context, await joinInfo(uniqueMeetingName('uc4'), 'Ana'));

    // The README's observer.
    const calls: string[] = [];
    const lines: string[] = [];
    const lists: Record<string, MediaDeviceInfo[]> = {};
    const muteStates: Array<[string | MediaStream, boolean]> = [];
    const observer = {
      audioInputsChanged: (freshAudioInputDeviceList?: MediaDeviceInfo[]) => {
        calls.push('audio inputs');
        lists['audioinput'] = freshAudioInputDeviceList!;
        freshAudioInputDeviceList!.forEach((mediaDeviceInfo) => {
          lines.push(`Device ID: ${mediaDeviceInfo.deviceId} Microphone: ${mediaDeviceInfo.label}`);
        });
      },
      audioOutputsChanged: (freshAudioOutputDeviceList?: MediaDeviceInfo[]) => {
        calls.push('audio outputs');
        lists['audiooutput'] = freshAudioOutputDeviceList!;
      },
      videoInputsChanged: (_freshVideoInputDeviceList?: MediaDeviceInfo[]) => {
        calls.push('video inputs');
      },
      // The 3.x README adds this one.
      audioInputMuteStateChanged: (device: string | MediaStream, muted: boolean) => {
        muteStates.push([device, muted]);
      },
    };
    meetingSession.audioVideo.addDeviceChangeObserver(observer);
    await waitFor(() => listings > 0, 'the devices listed once the observer is added');

    plugged = true;
    mediaDevices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => calls.length >= 2, 'audioInputsChanged and audioOutputsChanged');
    expect([...calls].sort()).to.deep.equal(['audio inputs', 'audio outputs']);
    expect(lists['audioinput']!.map((device) => device.deviceId)).to.include('headset-mic');
    expect(lists['audiooutput']!.map((device) => device.deviceId)).to.include('headset-speaker');
    expect(lines).to.include('Device ID: headset-mic Microphone: Headset Microphone');

    plugged = false;
    mediaDevices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => calls.length >= 4, 'the headset unplugged');
    expect(calls.slice(2).sort()).to.deep.equal(['audio inputs', 'audio outputs']);
    expect(lists['audioinput']!.map((device) => device.deviceId)).not.to.include('headset-mic');

    // 3.x: the chosen microphone's mute state below the page, once it is chosen.
    const [microphone] = await meetingSession.audioVideo.listAudioInputDevices();
    await meetingSession.audioVideo.startAudioInput(microphone!.deviceId);
    await waitFor(() => muteStates.length > 0, 'audioInputMuteStateChanged');
    expect(muteStates[0]).to.deep.equal([microphone!.deviceId, false]);
    expect(calls, 'no camera change').not.to.include('video inputs');
    await meetingSession.audioVideo.stopAudioInput();
  });
});
