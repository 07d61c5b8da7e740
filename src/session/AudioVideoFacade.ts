import type {
  ActiveSpeakerDetector,
  ActiveSpeakerScoresCallback,
  ActiveSpeakersCallback,
} from '../activespeaker/ActiveSpeakerDetector.ts';
import type { ActiveSpeakerPolicy } from '../activespeaker/ActiveSpeakerPolicy.ts';
import type { MeetingSessionCredentials } from '../config/MeetingSessionCredentials.ts';
import type { ContentShare, ContentShareObserver } from '../contentshare/ContentShare.ts';
import type { RemovableAnalyserNode } from '../devices/AudioLevel.ts';
import type { AudioInputDevice, DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { DeviceChangeObserver } from '../devices/DeviceChangeObserver.ts';
import type { AudioOutput } from '../media/AudioOutput.ts';
import type { DataMessageCallback, Realtime, VolumeIndicatorCallback } from '../realtime/Realtime.ts';
import type { VideoInputDevice, VideoSource } from '../video/types.ts';
import type { VideoModel } from '../video/VideoModel.ts';
import type { VideoTile } from '../video/VideoTiles.ts';
import type { MeetingSessionStatus } from '../status/MeetingSessionStatus.ts';
import type { ObserverSet } from '../ObserverSet.ts';
import type { PrimaryMeetingPromotion } from './PrimaryMeetingPromotion.ts';
import type { AttendeePresenceCallback, AudioVideoObserver, MuteAndUnmuteCallback } from './types.ts';

/** The parts of a session the facade delegates to; it holds no state of its own. */
export interface AudioVideoParts {
  start(): void;
  stop(): void;
  observers: ObserverSet<AudioVideoObserver>;
  realtime: Realtime;
  video: VideoModel;
  devices: DefaultDeviceController;
  audioOutput: AudioOutput;
  /** Returns false when unmuting is not allowed. */
  setMuted(muted: boolean): boolean;
  isMuted(): boolean;
  setCanUnmute(canUnmute: boolean): void;
  canUnmute(): boolean;
  sendDataMessage(topic: string, data: unknown, lifetimeMs?: number): void;
  setVideoMaxBandwidthKbps(kbps: number): void;
  activeSpeakers: ActiveSpeakerDetector;
  promotion: PrimaryMeetingPromotion;
  contentShare: ContentShare;
  /** The current peer connection, if any. */
  peer(): RTCPeerConnection | undefined;
}

/**
 * `meetingSession.audioVideo`: the Chime SDK's names (the 1.x names and the 3.x names where they
 * differ) for starting, stopping, observing and controlling a session, as one-line delegations
 * to the session's parts. No logic lives here.
 */
export class AudioVideoFacade {
  constructor(private readonly parts: AudioVideoParts) {}

  /** Joins the meeting; does nothing while already connecting or joined. */
  start(): void {
    this.parts.start();
  }

  /** Leaves the meeting; observers get `audioVideoDidStop` with `Left`. */
  stop(): void {
    this.parts.stop();
  }

  addObserver(observer: AudioVideoObserver): void {
    this.parts.observers.add(observer);
  }

  removeObserver(observer: AudioVideoObserver): void {
    this.parts.observers.remove(observer);
  }

  // ---- realtime ----

  realtimeSubscribeToAttendeeIdPresence(callback: AttendeePresenceCallback): void {
    this.parts.realtime.presence.add(callback);
  }

  realtimeUnsubscribeToAttendeeIdPresence(callback: AttendeePresenceCallback): void {
    this.parts.realtime.presence.remove(callback);
  }

  realtimeMuteLocalAudio(): void {
    this.parts.setMuted(true);
  }

  /** Returns false, and stays muted, when unmuting was disallowed with `realtimeSetCanUnmuteLocalAudio`. */
  realtimeUnmuteLocalAudio(): boolean {
    return this.parts.setMuted(false);
  }

  realtimeIsLocalAudioMuted(): boolean {
    return this.parts.isMuted();
  }

  realtimeSubscribeToMuteAndUnmuteLocalAudio(callback: MuteAndUnmuteCallback): void {
    this.parts.realtime.mute.add(callback);
  }

  realtimeUnsubscribeToMuteAndUnmuteLocalAudio(callback: MuteAndUnmuteCallback): void {
    this.parts.realtime.mute.remove(callback);
  }

  /** Allows or disallows unmuting (e.g. during a presentation); muting is always allowed. */
  realtimeSetCanUnmuteLocalAudio(canUnmute: boolean): void {
    this.parts.setCanUnmute(canUnmute);
  }

  realtimeCanUnmuteLocalAudio(): boolean {
    return this.parts.canUnmute();
  }

  realtimeSubscribeToSetCanUnmuteLocalAudio(callback: (canUnmute: boolean) => void): void {
    this.parts.realtime.canUnmute.add(callback);
  }

  realtimeUnsubscribeToSetCanUnmuteLocalAudio(callback: (canUnmute: boolean) => void): void {
    this.parts.realtime.canUnmute.remove(callback);
  }

  /**
   * Calls `callback(attendeeId, volume, muted, signalStrength, externalUserId)` whenever one of
   * them changes for that attendee (`null` = unchanged); volume 0–1, signal strength 0, 0.5 or 1.
   */
  realtimeSubscribeToVolumeIndicator(attendeeId: string, callback: VolumeIndicatorCallback): void {
    this.parts.realtime.subscribeToVolumeIndicator(attendeeId, callback);
  }

  realtimeUnsubscribeFromVolumeIndicator(attendeeId: string, callback?: VolumeIndicatorCallback): void {
    this.parts.realtime.unsubscribeFromVolumeIndicator(attendeeId, callback);
  }

  /** Calls `callback` with this client's signal strength (0, 0.5 or 1) now, if known, and on each change. */
  realtimeSubscribeToLocalSignalStrengthChange(callback: (signalStrength: number) => void): void {
    this.parts.realtime.subscribeToLocalSignalStrengthChange(callback);
  }

  realtimeUnsubscribeToLocalSignalStrengthChange(callback: (signalStrength: number) => void): void {
    this.parts.realtime.localSignalStrength.remove(callback);
  }

  /**
   * Sends a data message to everyone in the meeting (this attendee included). `data` may be text,
   * bytes or anything JSON can hold; with `lifetimeMs` the service keeps it for later joiners.
   * @throws Error for an invalid topic, data over 2 KiB or a negative lifetime.
   */
  realtimeSendDataMessage(topic: string, data: unknown, lifetimeMs?: number): void {
    this.parts.sendDataMessage(topic, data, lifetimeMs);
  }

  realtimeSubscribeToReceiveDataMessage(topic: string, callback: DataMessageCallback): void {
    this.parts.realtime.subscribeToReceiveDataMessage(topic, callback);
  }

  realtimeUnsubscribeFromReceiveDataMessage(topic: string): void {
    this.parts.realtime.unsubscribeFromReceiveDataMessage(topic);
  }

  // ---- active speaker ----

  /**
   * Calls `callback` with the active speakers, most active first, as `policy` scores them (use
   * `new DefaultActiveSpeakerPolicy()`); `scoresCallback` gets every score each
   * `scoresCallbackIntervalMs`.
   */
  subscribeToActiveSpeakerDetector(
    policy: ActiveSpeakerPolicy,
    callback: ActiveSpeakersCallback,
    scoresCallback?: ActiveSpeakerScoresCallback,
    scoresCallbackIntervalMs?: number,
  ): void {
    this.parts.activeSpeakers.subscribe(policy, callback, scoresCallback, scoresCallbackIntervalMs);
  }

  unsubscribeFromActiveSpeakerDetector(callback: ActiveSpeakersCallback): void {
    this.parts.activeSpeakers.unsubscribe(callback);
  }

  // ---- content share ----

  /**
   * Shares a stream (a screen, a video file's `captureStream()`, a canvas…) as this attendee's
   * content (`<attendeeId>#content`). A meeting carries two content shares: a third is refused
   * and gets `contentShareDidStop`.
   */
  startContentShare(stream: MediaStream): Promise<void> {
    return this.parts.contentShare.start(stream);
  }

  /** Lets the user pick a screen, window or tab and shares it; `sourceId` for Electron's desktop capture. */
  startContentShareFromScreenCapture(sourceId?: string, frameRate?: number): Promise<MediaStream> {
    return this.parts.contentShare.startFromScreenCapture(sourceId, frameRate);
  }

  stopContentShare(): void {
    this.parts.contentShare.stop();
  }

  pauseContentShare(): void {
    this.parts.contentShare.pause();
  }

  unpauseContentShare(): void {
    this.parts.contentShare.unpause();
  }

  addContentShareObserver(observer: ContentShareObserver): void {
    this.parts.contentShare.observers.add(observer);
  }

  removeContentShareObserver(observer: ContentShareObserver): void {
    this.parts.contentShare.observers.remove(observer);
  }

  // ---- replication ----

  /**
   * In a replica meeting: joins the primary meeting with CreateAttendee credentials of the primary
   * (audio, video and data reach its attendees). Resolves with OK, or with why not; never rejects.
   */
  promoteToPrimaryMeeting(credentials: MeetingSessionCredentials): Promise<MeetingSessionStatus> {
    return this.parts.promotion.promote(credentials);
  }

  /** Ends a promotion; observers get `audioVideoWasDemotedFromPrimaryMeeting`. */
  demoteFromPrimaryMeeting(): void {
    this.parts.promotion.demote();
  }

  // ---- statistics ----

  /** The peer connection's `getStats()`, or null when there is no connection. */
  async getRTCPeerConnectionStats(selector?: MediaStreamTrack): Promise<RTCStatsReport | null> {
    return (await this.parts.peer()?.getStats(selector)) ?? null;
  }

  // ---- audio output ----

  /** Plays the meeting audio in `element`, now or as soon as it arrives. */
  async bindAudioElement(element: HTMLAudioElement): Promise<boolean> {
    return this.parts.audioOutput.bind(element);
  }

  unbindAudioElement(): void {
    this.parts.audioOutput.unbind();
  }

  // ---- devices ----

  listAudioInputDevices(): Promise<MediaDeviceInfo[]> {
    return this.parts.devices.listAudioInputDevices();
  }

  listAudioOutputDevices(): Promise<MediaDeviceInfo[]> {
    return this.parts.devices.listAudioOutputDevices();
  }

  listVideoInputDevices(): Promise<MediaDeviceInfo[]> {
    return this.parts.devices.listVideoInputDevices();
  }

  startAudioInput(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.parts.devices.startAudioInput(device);
  }

  stopAudioInput(): Promise<void> {
    return this.parts.devices.stopAudioInput();
  }

  chooseAudioInputDevice(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.parts.devices.chooseAudioInputDevice(device);
  }

  /** Plays the meeting audio on this output device (`setSinkId`); rejects where the browser cannot. */
  chooseAudioOutput(deviceId: string | null): Promise<void> {
    return this.parts.devices.chooseAudioOutput(deviceId);
  }

  /** The Chime SDK 1.x name of {@link chooseAudioOutput}. */
  chooseAudioOutputDevice(deviceId: string | null): Promise<void> {
    return this.parts.devices.chooseAudioOutputDevice(deviceId);
  }

  /** Calls `audioInputsChanged` / `audioOutputsChanged` / `videoInputsChanged` when devices come or go. */
  addDeviceChangeObserver(observer: DeviceChangeObserver): void {
    this.parts.devices.addDeviceChangeObserver(observer);
  }

  removeDeviceChangeObserver(observer: DeviceChangeObserver): void {
    this.parts.devices.removeDeviceChangeObserver(observer);
  }

  /** Shows the chosen camera (or the default one) in `element`, before or during a meeting. */
  startVideoPreviewForVideoInput(element: HTMLVideoElement): Promise<void> {
    return this.parts.devices.startVideoPreviewForVideoInput(element);
  }

  stopVideoPreviewForVideoInput(element: HTMLVideoElement): void {
    this.parts.devices.stopVideoPreviewForVideoInput(element);
  }

  /** An AnalyserNode fed by the chosen (or default) microphone, for a level meter. */
  createAnalyserNodeForAudioInput(): RemovableAnalyserNode | null {
    return this.parts.devices.createAnalyserNodeForAudioInput();
  }

  /** Opens a camera (device id or constraints) or adopts a stream as the video input. */
  startVideoInput(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.parts.devices.startVideoInput(device);
  }

  stopVideoInput(): Promise<void> {
    return this.parts.devices.stopVideoInput();
  }

  chooseVideoInputDevice(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.parts.devices.chooseVideoInputDevice(device);
  }

  // ---- video ----

  /**
   * Starts sending the camera and returns the local tile's id. Uses the chosen video input, or
   * opens the default camera when none was chosen; if that fails the error is logged and the
   * local tile is removed again (`videoTileWasRemoved`). Before `start()`, the camera is sent from
   * the join on.
   */
  startLocalVideoTile(): number {
    return this.parts.video.startLocalVideoTile();
  }

  /** Stops sending the camera; the local tile stays, unbound from any stream. */
  stopLocalVideoTile(): void {
    this.parts.video.stopLocalVideoTile();
  }

  hasStartedLocalVideoTile(): boolean {
    return this.parts.video.hasStartedLocalVideoTile();
  }

  /** Stops sending the camera and removes the local tile. */
  removeLocalVideoTile(): void {
    this.parts.video.removeLocalVideoTile();
  }

  getLocalVideoTile(): VideoTile | null {
    const local = this.parts.video.tiles.local;
    return local ? this.getVideoTile(local.tileId) : null;
  }

  getVideoTile(tileId: number): VideoTile | null {
    return this.parts.video.tiles.tile(tileId) ?? null;
  }

  getAllVideoTiles(): VideoTile[] {
    return [...this.parts.video.tiles.states.keys()].flatMap((tileId) => this.getVideoTile(tileId) ?? []);
  }

  getAllRemoteVideoTiles(): VideoTile[] {
    return this.getAllVideoTiles().filter((tile) => !tile.state().localTile);
  }

  /**
   * Shows a tile in `element` (sets `srcObject`, `muted`, `playsInline`, `autoplay` and plays),
   * now and whenever the tile's stream changes. An element bound to the tile before is unbound.
   * The local tile is not mirrored: that is up to the page's styling.
   */
  bindVideoElement(tileId: number, element: HTMLVideoElement): void {
    this.parts.video.tiles.bindElement(tileId, element);
  }

  /** Forgets the tile's element; with `cleanUp` (default) the element's `srcObject` is cleared. */
  unbindVideoElement(tileId: number, cleanUp = true): void {
    this.parts.video.tiles.unbindElement(tileId, cleanUp);
  }

  /** Asks the service to stop sending a remote tile's video (PAUSE); the tile is marked paused. */
  pauseVideoTile(tileId: number): void {
    this.parts.video.setPaused(tileId, true);
  }

  /** Undoes {@link pauseVideoTile} (RESUME). */
  unpauseVideoTile(tileId: number): void {
    this.parts.video.setPaused(tileId, false);
  }

  /** The other attendees currently sending video. */
  getRemoteVideoSources(): VideoSource[] {
    return [...this.parts.video.sources];
  }

  /** Limits the camera's send bitrate (default 1400 kbps); applied at once while sending. */
  setVideoMaxBandwidthKbps(maxBandwidthKbps: number): void {
    this.parts.setVideoMaxBandwidthKbps(maxBandwidthKbps);
  }
}
