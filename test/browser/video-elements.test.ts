// The video elements in a real meeting: two <chime-meeting>s on one page (two attendees of the
// same meeting on the local service), each with a camera toggle and a video grid, Chromium's fake
// camera as the source.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.ts';
import type {
  ChimeDeviceErrorDetail,
  ChimeMeeting,
  ChimeTileRemoveDetail,
  ChimeTileUpdateDetail,
  ChimeVideoGrid,
  ChimeVideoTile,
  ChimeVideoToggle,
} from '../../components/index.ts';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { joinedMeeting } from './helpers/joined-meeting.ts';
import { changingCanvas } from './helpers/media.ts';
import { expectVideoElementPlays, officialSession } from './helpers/official-client.ts';

interface Participant {
  container: HTMLElement;
  meeting: ChimeMeeting;
  toggle: ChimeVideoToggle;
  grid: ChimeVideoGrid;
  attendeeId: string;
}

/** A meeting element with a camera toggle and a grid inside, joined as `name`. */
async function joinParticipant(meetingName: string, name: string): Promise<Participant> {
  const joined = await joinedMeeting(
    meetingName,
    name,
    html`<chime-meeting no-prejoin
      ><chime-video-toggle></chime-video-toggle><chime-video-grid></chime-video-grid
    ></chime-meeting>`,
  );
  return {
    ...joined,
    toggle: joined.container.querySelector('chime-video-toggle')!,
    grid: joined.container.querySelector('chime-video-grid')!,
  };
}

const tileFor = (grid: ChimeVideoGrid, attendeeId: string) =>
  grid.shadowRoot!.querySelector<ChimeVideoTile>(`chime-video-tile[attendee-id="${attendeeId}"]`);
const videoOf = (tile: ChimeVideoTile) => tile.shadowRoot!.querySelector<HTMLVideoElement>('[part="video"]')!;
const buttonOf = (toggle: ChimeVideoToggle) =>
  toggle.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

/** Checks that `video` shows a live picture: playing, decoded frames, not blank, not frozen. */
const expectPlaying = (video: HTMLVideoElement, what: string) =>
  expectVideoElementPlays(video, what, { unpaused: true });

/** Clicks the toggle and waits until its button is usable again (the camera opened or failed). */
async function press(toggle: ChimeVideoToggle): Promise<void> {
  buttonOf(toggle).click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await waitFor(() => !buttonOf(toggle).disabled, 'the toggle is usable again', 20_000);
  await toggle.updateComplete;
}

describe('<chime-video-grid>, <chime-video-tile> and <chime-video-toggle> in a meeting', () => {
  const hostile = '<img src=x onerror=__pwned=1>';
  let ana: Participant;
  let bo: Participant;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

  before(async () => {
    window.addEventListener('unhandledrejection', onUnhandled);
    const meeting = uniqueMeetingName('video-elements');
    ana = await joinParticipant(meeting, 'Ana');
    bo = await joinParticipant(meeting, hostile);
    await waitFor(
      () => tileFor(ana.grid, bo.attendeeId) !== null && tileFor(bo.grid, ana.attendeeId) !== null,
      'each grid has a tile for the other',
    );
  });

  after(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await Promise.all([ana?.meeting.leave(), bo?.meeting.leave()]);
    ana?.container.remove();
    bo?.container.remove();
  });

  afterEach(async () => {
    // A failed test must not leave the camera on for the next one.
    const audioVideo = ana.meeting.session!.audioVideo;
    if (ana.meeting.status === 'joined' && audioVideo.hasStartedLocalVideoTile()) {
      audioVideo.stopLocalVideoTile();
      await audioVideo.stopVideoInput();
    }
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  it("shows A's camera live in B's grid and mirrored in A's own, and video-off once A turns it off", async () => {
    const button = buttonOf(ana.toggle);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Turn camera on');
    expect(tileFor(bo.grid, ana.attendeeId)!.hasAttribute('video-off')).to.equal(true);
    const updates: ChimeTileUpdateDetail[] = [];
    const removes: ChimeTileRemoveDetail[] = [];
    bo.meeting.addEventListener('chime-tile-update', (event) => updates.push(event.detail));
    bo.meeting.addEventListener('chime-tile-remove', (event) => removes.push(event.detail));

    const request = oneEvent(ana.toggle, 'chime-request-video');
    await press(ana.toggle);
    expect((await request).detail).to.deep.equal({ on: true });
    expect(ana.toggle.pressed).to.equal(true);
    expect(ana.toggle.hasAttribute('pressed')).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Turn camera off');

    const ownTile = tileFor(ana.grid, ana.attendeeId)!;
    expect(ownTile.hasAttribute('local')).to.equal(true);
    expect(ownTile.getAttribute('part')).to.equal('tile local');
    await waitFor(() => !ownTile.hasAttribute('video-off'), 'Ana sees her own video');
    await expectPlaying(videoOf(ownTile), 'Ana’s own preview');
    expect(getComputedStyle(videoOf(ownTile)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');

    const remoteTile = tileFor(bo.grid, ana.attendeeId)!;
    await waitFor(() => !remoteTile.hasAttribute('video-off'), 'Bo’s tile for Ana shows video', 20_000);
    expect(remoteTile.hasAttribute('local')).to.equal(false);
    await expectPlaying(videoOf(remoteTile), 'Ana’s camera at Bo');
    expect(getComputedStyle(videoOf(remoteTile)).transform).to.equal('none');
    expect(updates.some((detail) => detail.tile.boundAttendeeId === ana.attendeeId)).to.equal(true);
    await expect(bo.grid).to.be.accessible();

    const requestOff = oneEvent(ana.toggle, 'chime-request-video');
    await press(ana.toggle);
    expect((await requestOff).detail).to.deep.equal({ on: false });
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(ana.toggle.hasAttribute('pressed')).to.equal(false);
    expect(ownTile.hasAttribute('video-off')).to.equal(true);
    await waitFor(
      () => remoteTile.hasAttribute('video-off'),
      'Bo’s tile for Ana is back to video-off',
      20_000,
    );
    await waitFor(
      () => removes.some((detail) => detail.attendeeId === ana.attendeeId),
      'Bo’s meeting reports the tile removed',
      20_000,
    );
    expect(videoOf(remoteTile).hidden).to.equal(true);
    expect(remoteTile.shadowRoot!.querySelector<HTMLElement>('[part="placeholder"]')!.hidden).to.equal(false);
  });

  it('keeps the camera off when the page cancels chime-request-video', async () => {
    const veto = (event: Event) => event.preventDefault();
    ana.toggle.addEventListener('chime-request-video', veto);
    try {
      buttonOf(ana.toggle).click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(ana.meeting.session!.audioVideo.hasStartedLocalVideoTile()).to.equal(false);
      expect(ana.toggle.pressed).to.equal(false);
      expect(buttonOf(ana.toggle).getAttribute('aria-pressed')).to.equal('false');
      expect(tileFor(ana.grid, ana.attendeeId)!.hasAttribute('video-off')).to.equal(true);
    } finally {
      ana.toggle.removeEventListener('chime-request-video', veto);
    }
  });

  it('reports a camera that cannot be opened as chime-device-error and stays off', async () => {
    ana.toggle.setAttribute('device-id', 'no-such-camera');
    const errors: ChimeDeviceErrorDetail[] = [];
    const collect = (event: CustomEvent<ChimeDeviceErrorDetail>) => errors.push(event.detail);
    ana.toggle.addEventListener('chime-device-error', collect);
    try {
      await press(ana.toggle);
      expect(errors).to.have.length(1);
      const detail = errors[0]!;
      expect(detail.kind).to.equal('videoinput');
      expect(detail.name).to.match(/^(OverconstrainedError|NotFoundError)$/);
      expect(detail.reason, 'why, for the app to tell the user').to.equal('not-found');
      expect(detail.message).to.be.a('string');
      expect(ana.toggle.pressed).to.equal(false);
      expect(buttonOf(ana.toggle).getAttribute('aria-pressed')).to.equal('false');
      expect(ana.meeting.session!.audioVideo.hasStartedLocalVideoTile()).to.equal(false);
    } finally {
      ana.toggle.removeEventListener('chime-device-error', collect);
      ana.toggle.removeAttribute('device-id');
    }
  });

  it('renders attendee names as text, never as markup', async () => {
    const tile = tileFor(ana.grid, bo.attendeeId)!;
    expect(tile.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(hostile);
    expect(tile.shadowRoot!.querySelector('[part="frame"]')!.getAttribute('aria-label')).to.equal(
      `Video of ${hostile}`,
    );
    expect(tile.shadowRoot!.querySelector('[part="placeholder"]')!.textContent!.trim()).to.equal('<O');
    expect(tile.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('lists you first, can hide your own tile, and is accessible', async () => {
    const order = () =>
      [...ana.grid.shadowRoot!.querySelectorAll('chime-video-tile')].map((tile) => tile.attendeeId);
    expect(order()).to.deep.equal([ana.attendeeId, bo.attendeeId]);
    ana.grid.hideLocal = true;
    await ana.grid.updateComplete;
    expect(order()).to.deep.equal([bo.attendeeId]);
    ana.grid.hideLocal = false;
    await ana.grid.updateComplete;
    expect(order()).to.deep.equal([ana.attendeeId, bo.attendeeId]);
    await expect(ana.grid).to.be.accessible();
    await expect(ana.toggle).to.be.accessible();
  });

  it('shows a content share first, across the row, uncropped and named for its sharer', async function () {
    this.timeout(60_000);
    // Cy shares with the official client: only Cy's content-share connection joins. Ana has
    // received no video yet; Bo has, and stopped it (Ana's camera came and went), so the share
    // reaches Bo on a new section that reuses the stopped one's m-line.
    const info = await joinInfo(ana.meeting.session!.configuration.externalMeetingId!, 'Cy');
    const cy = officialSession(info, 'Cy');
    const canvas = changingCanvas();
    const contentId = `${info.Attendee.AttendeeId}#content`;
    try {
      await cy.audioVideo.startContentShare(canvas.stream);
      await waitFor(
        () => tileFor(ana.grid, contentId) !== null,
        'Ana’s grid shows the content share',
        20_000,
      );
      const tile = tileFor(ana.grid, contentId)!;
      const order = [...ana.grid.shadowRoot!.querySelectorAll('chime-video-tile')].map((t) => t.attendeeId);
      expect(order).to.deep.equal([contentId, ana.attendeeId, bo.attendeeId]);
      expect(tile.getAttribute('part')).to.equal('tile featured');
      expect(tile.hasAttribute('content')).to.equal(true);
      expect(tile.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Shared by Cy');
      expect(getComputedStyle(videoOf(tile)).objectFit).to.equal('contain');
      expect(tile.getBoundingClientRect().width).to.be.greaterThan(
        tileFor(ana.grid, bo.attendeeId)!.getBoundingClientRect().width * 1.5,
      );
      await waitFor(() => !tile.hasAttribute('video-off'), 'the content tile shows video', 20_000);
      await expectPlaying(videoOf(tile), 'the shared content at Ana');
      await waitFor(() => tileFor(bo.grid, contentId) !== null, 'Bo’s grid shows the content share', 20_000);
      const boTile = tileFor(bo.grid, contentId)!;
      // Bo's grid is below the fold under Ana's: only video in view is received.
      boTile.scrollIntoView();
      await waitFor(() => !boTile.hasAttribute('video-off'), 'Bo’s content tile shows video', 20_000);
      // The element still holds the last frame from before the pause: wait for new ones.
      const framesBefore = videoOf(boTile).getVideoPlaybackQuality().totalVideoFrames;
      await waitFor(
        () => videoOf(boTile).getVideoPlaybackQuality().totalVideoFrames > framesBefore + 5,
        'Bo receives the shared content again',
        20_000,
      );
      await expectPlaying(videoOf(boTile), 'the shared content at Bo');

      cy.audioVideo.stopContentShare();
      await waitFor(
        () => tileFor(ana.grid, contentId) === null && tileFor(bo.grid, contentId) === null,
        'the content share leaves both grids',
        20_000,
      );
    } finally {
      canvas.stop();
      cy.audioVideo.stopContentShare();
    }
  });

  it('shows the empty text and a disabled toggle outside a meeting', async () => {
    const grid = await fixture<ChimeVideoGrid>(html`<chime-video-grid></chime-video-grid>`);
    expect(grid.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Not in a meeting');
    grid.strings = { notJoined: 'Pas en réunion' };
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Pas en réunion');
    const toggle = await fixture<ChimeVideoToggle>(html`<chime-video-toggle></chime-video-toggle>`);
    expect(buttonOf(toggle).disabled).to.equal(true);
    await expect(grid).to.be.accessible();
    await expect(toggle).to.be.accessible();
  });

  it('shows a camera turned on again live at the other side, and closes it when the meeting is left', async function () {
    this.timeout(60_000);
    // Ana's camera was on and off in the first test: Bo receives this one on a new section.
    await press(ana.toggle);
    expect(ana.toggle.pressed).to.equal(true);
    const ownVideo = videoOf(tileFor(ana.grid, ana.attendeeId)!);
    await waitFor(() => ownVideo.srcObject instanceof MediaStream, 'Ana’s preview has a stream');
    const tracks = (ownVideo.srcObject as MediaStream).getVideoTracks();
    expect(tracks.map((track) => track.readyState)).to.deep.equal(['live']);
    await waitFor(
      () => tileFor(bo.grid, ana.attendeeId)?.hasAttribute('video-off') === false,
      'Bo sees Ana’s video',
      20_000,
    );
    await expectPlaying(videoOf(tileFor(bo.grid, ana.attendeeId)!), 'Ana’s camera, on again, at Bo');

    await ana.meeting.leave();
    expect(tracks.map((track) => track.readyState)).to.deep.equal(['ended']);
    expect(ana.grid.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Not in a meeting');
    expect(buttonOf(ana.toggle).disabled).to.equal(true);
    await waitFor(() => tileFor(bo.grid, ana.attendeeId) === null, 'Ana’s tile leaves Bo’s grid', 20_000);
  });
});
