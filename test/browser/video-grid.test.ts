// <chime-video-grid> and <chime-video-tile> in a real meeting of four on the local service: Ana
// watches (a <chime-meeting> with a grid, her microphone muted); Zoe speaks (a <chime-meeting>
// whose fake microphone beeps) and sends video; Cy and Di are silent SDK sessions sending video.
// Every camera is a changing canvas, lighter than the fake camera on two cores.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../components/index.ts';
import type {
  ChimeMeeting,
  ChimePageChangeDetail,
  ChimeVideoGrid,
  ChimeVideoTile,
} from '../../components/index.ts';
import type { DefaultMeetingSession } from '../../src/index.ts';
import { changingCanvas } from './helpers/media.ts';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { sdkSession, startSdkSession } from './helpers/sdk-session.ts';

interface Sender {
  session: DefaultMeetingSession;
  canvas: ReturnType<typeof changingCanvas>;
}

async function joinMeetingElement(
  container: HTMLElement,
  meetingName: string,
  name: string,
  content: unknown,
): Promise<ChimeMeeting> {
  render(content, container);
  const meeting = container.querySelector('chime-meeting')!;
  meeting.joinInfo = await joinInfo(meetingName, name);
  const joined = oneEvent(meeting, 'chime-joined');
  await meeting.join();
  await joined;
  return meeting;
}

/** Sends a changing canvas as `session`'s camera. */
async function startCamera(session: DefaultMeetingSession, canvas: ReturnType<typeof changingCanvas>) {
  await session.audioVideo.startVideoInput(canvas.stream);
  session.audioVideo.startLocalVideoTile();
}

const tiles = (grid: ChimeVideoGrid, where = 'grid') =>
  [...grid.shadowRoot!.querySelectorAll<ChimeVideoTile>(`[part="${where}"] chime-video-tile`)].map(
    (tile) => tile.attendeeId,
  );
const tileFor = (grid: ChimeVideoGrid, attendeeId: string) =>
  grid.shadowRoot!.querySelector<ChimeVideoTile>(`chime-video-tile[attendee-id="${attendeeId}"]`);
const part = (tile: ChimeVideoTile, name: string) =>
  tile.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const gridPart = (grid: ChimeVideoGrid, name: string) =>
  grid.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

/**
 * The number of video streams `session` is receiving: inbound video RTP streams whose
 * `bytesReceived` grows over 600 ms (a paused stream keeps its transceiver but gets no packets).
 */
async function receivedVideoStreams(session: DefaultMeetingSession): Promise<number> {
  const bytes = async () => {
    const report = await session.audioVideo.getRTCPeerConnectionStats();
    const byId = new Map<string, number>();
    report?.forEach((stats: { type: string; kind?: string; id: string; bytesReceived?: number }) => {
      if (stats.type === 'inbound-rtp' && stats.kind === 'video')
        byId.set(stats.id, stats.bytesReceived ?? 0);
    });
    return byId;
  };
  const before = await bytes();
  await new Promise((resolve) => setTimeout(resolve, 600));
  const after = await bytes();
  return [...after].filter(([id, received]) => received > (before.get(id) ?? 0)).length;
}

/** Waits until `session` receives exactly `count` video streams. */
async function expectReceiving(session: DefaultMeetingSession, count: number, what: string): Promise<void> {
  const deadline = performance.now() + 20_000;
  let last = -1;
  while (performance.now() < deadline) {
    last = await receivedVideoStreams(session);
    if (last === count) return;
  }
  throw new Error(`${what}: receiving ${last} video streams, expected ${count}`);
}

describe('<chime-video-grid> with speakers, badges, a stage and pages', () => {
  let ana: ChimeMeeting;
  let zoe: ChimeMeeting;
  let grid: ChimeVideoGrid;
  let zoeCanvas: ReturnType<typeof changingCanvas>;
  const senders: Sender[] = [];
  const containers: HTMLElement[] = [];
  let ids: { ana: string; zoe: string; cy: string; di: string };

  before(async function () {
    this.timeout(90_000);
    const meetingName = uniqueMeetingName('video-grid');
    const [anaBox, zoeBox] = [document.createElement('div'), document.createElement('div')];
    document.body.prepend(anaBox);
    document.body.append(zoeBox);
    containers.push(anaBox, zoeBox);
    ana = await joinMeetingElement(
      anaBox,
      meetingName,
      'Ana',
      html`<chime-meeting no-prejoin start-muted><chime-video-grid></chime-video-grid></chime-meeting>`,
    );
    grid = anaBox.querySelector('chime-video-grid')!;
    zoe = await joinMeetingElement(
      zoeBox,
      meetingName,
      'Zoe',
      html`<chime-meeting no-prejoin></chime-meeting>`,
    );
    zoeCanvas = changingCanvas();
    await startCamera(zoe.session!, zoeCanvas);
    for (const name of ['Cy Lee', 'Di']) {
      const session = sdkSession(await joinInfo(meetingName, name));
      await startSdkSession(session);
      // The default microphone is the fake one, which beeps: Zoe is the only one heard.
      session.audioVideo.realtimeMuteLocalAudio();
      const sender = { session, canvas: changingCanvas() };
      senders.push(sender);
      await startCamera(session, sender.canvas);
    }
    ids = {
      ana: ana.session!.localAttendeeId,
      zoe: zoe.session!.localAttendeeId,
      cy: senders[0]!.session.localAttendeeId,
      di: senders[1]!.session.localAttendeeId,
    };
    await waitFor(
      () => [ids.zoe, ids.cy, ids.di].every((id) => tileFor(grid, id)?.hasAttribute('video-off') === false),
      'Ana sees the three cameras',
      30_000,
    );
  });

  after(async () => {
    for (const { session, canvas } of senders) {
      session.audioVideo.stop();
      canvas.stop();
    }
    zoeCanvas?.stop();
    await Promise.all([ana?.leave(), zoe?.leave()]);
    for (const container of containers) container.remove();
  });

  afterEach(async () => {
    // A failed test leaves the grid as the next one expects it.
    grid.pageSize = 0;
    grid.layout = 'grid';
    await grid.updateComplete;
  });

  it('outlines the speaking attendee’s tile, without changing its size', async () => {
    expect(tiles(grid)).to.deep.equal([ids.ana, ids.cy, ids.di, ids.zoe]);
    const zoeTile = tileFor(grid, ids.zoe)!;
    await waitFor(() => zoeTile.hasAttribute('speaking'), 'Zoe’s tile is marked speaking', 20_000);
    expect(zoeTile.speaking).to.equal(true);
    const cyTile = tileFor(grid, ids.cy)!;
    expect(cyTile.hasAttribute('speaking'), 'silent Cy').to.equal(false);
    // The outline fades in: the speaking color (--chime-color-speaking's default) once it has.
    await waitFor(
      () => getComputedStyle(zoeTile).outlineColor === 'rgb(22, 163, 74)',
      'Zoe’s tile is outlined',
    );
    expect(getComputedStyle(cyTile).outlineColor).to.equal('rgba(0, 0, 0, 0)');
    const [zoeBox, cyBox] = [zoeTile.getBoundingClientRect(), cyTile.getBoundingClientRect()];
    expect([zoeBox.width, zoeBox.height]).to.deep.equal([cyBox.width, cyBox.height]);
    expect(tiles(grid), 'nobody moved').to.deep.equal([ids.ana, ids.cy, ids.di, ids.zoe]);
    await expect(grid).to.be.accessible();
    await expect(zoeTile).to.be.accessible();
  });

  it('shows a muted badge on the tile of someone who mutes, and removes it when they unmute', async () => {
    const zoeTile = tileFor(grid, ids.zoe)!;
    expect(part(zoeTile, 'muted-badge')).to.equal(null);
    zoe.session!.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => zoeTile.hasAttribute('muted'), 'Zoe’s tile is marked muted', 20_000);
    await zoeTile.updateComplete;
    const badge = part(zoeTile, 'muted-badge')!;
    expect(badge.getAttribute('role')).to.equal('img');
    expect(badge.getAttribute('aria-label')).to.equal('Microphone muted');
    expect(badge.closest('[part="name-plate"]')).to.not.equal(null);
    await expect(zoeTile).to.be.accessible();
    zoe.session!.audioVideo.realtimeUnmuteLocalAudio();
    await waitFor(() => !zoeTile.hasAttribute('muted'), 'Zoe’s tile is no longer muted', 20_000);
    await zoeTile.updateComplete;
    expect(part(zoeTile, 'muted-badge')).to.equal(null);
  });

  it('keeps the place of a tile whose camera goes off, with initials or a slotted avatar', async function () {
    this.timeout(60_000);
    const cy = senders[0]!.session;
    const before = tiles(grid);
    const cyTile = tileFor(grid, ids.cy)!;
    cy.audioVideo.stopLocalVideoTile();
    await waitFor(() => cyTile.hasAttribute('video-off'), 'Cy’s tile shows video-off', 20_000);
    expect(tiles(grid)).to.deep.equal(before);
    expect(tileFor(grid, ids.cy)).to.equal(cyTile);
    expect(part(cyTile, 'placeholder')!.hidden).to.equal(false);
    expect(part(cyTile, 'initials')!.textContent).to.equal('CL');
    await expect(cyTile).to.be.accessible();

    const avatar = document.createElement('span');
    avatar.slot = `avatar-${ids.cy}`;
    avatar.textContent = '🙂';
    grid.append(avatar);
    try {
      await waitFor(() => part(cyTile, 'initials')!.hidden, 'the avatar replaces the initials');
      expect(avatar.getBoundingClientRect().width).to.be.greaterThan(0);
    } finally {
      avatar.remove();
    }
    await waitFor(() => !part(cyTile, 'initials')!.hidden, 'the initials are back');

    cy.audioVideo.startLocalVideoTile();
    await waitFor(() => !cyTile.hasAttribute('video-off'), 'Cy’s video is back in place', 20_000);
    expect(tiles(grid)).to.deep.equal(before);
  });

  it('features the speaker on the stage with layout="featured"', async () => {
    grid.layout = 'featured';
    try {
      await grid.updateComplete;
      expect(tiles(grid, 'stage')).to.deep.equal([ids.zoe]);
      expect(tiles(grid)).to.deep.equal([ids.ana, ids.cy, ids.di]);
      const featured = tileFor(grid, ids.zoe)!;
      expect(featured.getAttribute('part')).to.equal('tile featured');
      expect(featured.getBoundingClientRect().width).to.be.greaterThan(
        tileFor(grid, ids.cy)!.getBoundingClientRect().width * 1.5,
      );
      await waitFor(() => !featured.hasAttribute('video-off'), 'the featured tile shows video', 20_000);
      await expect(grid).to.be.accessible();
    } finally {
      grid.layout = 'grid';
    }
    await grid.updateComplete;
    expect(gridPart(grid, 'stage').hidden).to.equal(true);
  });

  it('puts two content shares on the stage side by side', async function () {
    this.timeout(60_000);
    const shares = senders.map(({ session, canvas }) => {
      void session.audioVideo.startContentShare(canvas.stream.clone());
      return `${session.localAttendeeId}#content`;
    });
    try {
      await waitFor(() => tiles(grid, 'stage').length === 2, 'two shares on the stage', 30_000);
      expect(new Set(tiles(grid, 'stage'))).to.deep.equal(new Set(shares));
      expect(tiles(grid)).to.deep.equal([ids.ana, ids.cy, ids.di, ids.zoe]);
      const [first, second] = shares.map((id) => tileFor(grid, id)!.getBoundingClientRect());
      expect(first!.top).to.equal(second!.top);
      await expect(grid).to.be.accessible();
    } finally {
      for (const { session } of senders) session.audioVideo.stopContentShare();
    }
    await waitFor(() => tiles(grid, 'stage').length === 0, 'the stage empties', 20_000);
  });

  it('receives only the current page’s video, with the speaker promoted to page 1; pages by keyboard', async function () {
    this.timeout(90_000);
    const session = ana.session!;
    await expectReceiving(session, 3, 'everyone on one page');

    const changes: ChimePageChangeDetail[] = [];
    grid.addEventListener('chime-page-change', (event) => changes.push(event.detail));
    grid.pageSize = 2;
    await grid.updateComplete;
    // Zoe, last by name, speaks: she takes the last place of page 1.
    expect(tiles(grid)).to.deep.equal([ids.ana, ids.zoe]);
    const previous = gridPart(grid, 'previous') as HTMLButtonElement;
    const next = gridPart(grid, 'next') as HTMLButtonElement;
    expect(gridPart(grid, 'pagination').hidden).to.equal(false);
    expect(gridPart(grid, 'page-status').textContent).to.equal('Page 1 of 2');
    expect(previous.disabled).to.equal(true);
    expect(next.textContent!.trim()).to.equal('Next page');
    await expectReceiving(session, 1, 'page 1 (Zoe)');
    await expect(grid).to.be.accessible();

    next.focus();
    await sendKeys({ press: 'Enter' });
    await grid.updateComplete;
    expect(grid.page).to.equal(2);
    expect(grid.getAttribute('page')).to.equal('2');
    expect(tiles(grid)).to.deep.equal([ids.cy, ids.di]);
    expect(gridPart(grid, 'page-status').textContent).to.equal('Page 2 of 2');
    expect(next.disabled).to.equal(true);
    expect(grid.shadowRoot!.activeElement?.getAttribute('part'), 'focus stays in the navigation').to.equal(
      'previous',
    );
    await expectReceiving(session, 2, 'page 2 (Cy and Di)');
    await waitFor(
      () => [ids.cy, ids.di].every((id) => tileFor(grid, id)?.hasAttribute('video-off') === false),
      'page 2 shows video',
      20_000,
    );
    await expect(grid).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await grid.updateComplete;
    expect(grid.page).to.equal(1);
    expect(changes).to.deep.equal([
      { page: 2, pageCount: 2 },
      { page: 1, pageCount: 2 },
    ]);
    await expectReceiving(session, 1, 'back on page 1');

    grid.pageSize = 0;
    await grid.updateComplete;
    expect(gridPart(grid, 'pagination').hidden).to.equal(true);
    await expectReceiving(session, 3, 'one page again');
  });

  it('pauses the video of tiles scrolled out of view, and resumes it when they are back', async function () {
    this.timeout(60_000);
    const session = ana.session!;
    const box = containers[0]!;
    box.style.marginBlockStart = '200vh';
    try {
      await expectReceiving(session, 0, 'the grid out of view');
      expect([...session.videoTiles.values()].filter((tile) => tile.paused)).to.have.length(3);
    } finally {
      box.style.marginBlockStart = '';
    }
    await expectReceiving(session, 3, 'the grid in view again');
    await waitFor(
      () => [ids.zoe, ids.cy, ids.di].every((id) => tileFor(grid, id)?.hasAttribute('video-off') === false),
      'every tile shows video again',
      20_000,
    );
  });
});
