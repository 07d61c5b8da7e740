// <chime-roster> in a real meeting: three <chime-meeting>s on one page (three attendees of one
// meeting on the local service), each with a roster; Chromium's fake microphone (a beep every
// ~500 ms) is the voice, its fake camera the camera, a canvas the shared content.
import { expect, html } from '@open-wc/testing';
import '../../components/index.ts';
import type { ChimeMeeting, ChimeRoster } from '../../components/index.ts';
import { defaultVideoConstraints } from '../../components/index.ts';
import type { DefaultMeetingSession } from '../../src/index.ts';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { joinedMeeting } from './helpers/joined-meeting.ts';
import { changingCanvas } from './helpers/media.ts';

interface Participant {
  container: HTMLElement;
  meeting: ChimeMeeting;
  roster: ChimeRoster;
  session: DefaultMeetingSession;
  attendeeId: string;
}

/** A meeting element with a roster inside, joined as `name`. */
async function joinParticipant(meetingName: string, name: string): Promise<Participant> {
  const joined = await joinedMeeting(
    meetingName,
    name,
    html`<chime-meeting no-prejoin><chime-roster></chime-roster></chime-meeting>`,
  );
  return {
    ...joined,
    roster: joined.container.querySelector('chime-roster')!,
    session: joined.meeting.session!,
  };
}

const rowOf = (roster: ChimeRoster, attendeeId: string) =>
  roster.shadowRoot!.querySelector<HTMLLIElement>(`[part~="attendee"][data-attendee-id="${attendeeId}"]`);
const partsOf = (roster: ChimeRoster, attendeeId: string) =>
  (rowOf(roster, attendeeId)?.getAttribute('part') ?? '').split(' ');
const has = (roster: ChimeRoster, attendeeId: string, part: string) =>
  partsOf(roster, attendeeId).includes(part);
const names = (roster: ChimeRoster) =>
  [...roster.shadowRoot!.querySelectorAll('[part="name"]')].map((name) => name.textContent);
const stateText = (roster: ChimeRoster, attendeeId: string, state: string) =>
  rowOf(roster, attendeeId)?.querySelector(`[part~="state"][part~="${state}"]`)?.textContent?.trim();

describe('<chime-roster> in a meeting', () => {
  let ana: Participant;
  let bo: Participant;
  let zoe: Participant;

  before(async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('roster');
    ana = await joinParticipant(meeting, 'Ana');
    bo = await joinParticipant(meeting, 'Bo');
    zoe = await joinParticipant(meeting, 'Zoë');
    await waitFor(
      () => [ana, bo, zoe].every((p) => names(p.roster).length === 3),
      'every roster lists three people',
    );
  });

  after(async () => {
    await Promise.all([ana, bo, zoe].map((p) => p?.meeting.leave()));
    for (const p of [ana, bo, zoe]) p?.container.remove();
  });

  afterEach(async () => {
    for (const p of [ana, bo, zoe]) p.session.audioVideo.realtimeUnmuteLocalAudio();
    ana.roster.sort = 'name';
    ana.roster.filterThreshold = 8;
  });

  it('lists everyone by name with your own row first, in a labelled list', async () => {
    expect(names(ana.roster)).to.deep.equal(['Ana', 'Bo', 'Zoë']);
    expect(names(zoe.roster)).to.deep.equal(['Zoë', 'Ana', 'Bo']);
    expect(partsOf(ana.roster, ana.attendeeId)).to.include('local');
    expect(rowOf(ana.roster, ana.attendeeId)!.querySelector('[part="you"]')!.textContent).to.equal('(you)');
    const list = ana.roster.shadowRoot!.querySelector('[part="list"]')!;
    const heading = ana.roster.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('Participants (3)');
    expect(list.getAttribute('role')).to.equal('list');
    await expect(ana.roster).to.be.accessible();
  });

  it("shows an attendee's mute in the others' rosters, with a text alternative", async () => {
    expect(has(ana.roster, bo.attendeeId, 'is-muted')).to.equal(false);
    bo.session.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => has(ana.roster, bo.attendeeId, 'is-muted'), 'Ana sees Bo muted');
    await waitFor(() => has(zoe.roster, bo.attendeeId, 'is-muted'), 'Zoë sees Bo muted');
    expect(has(bo.roster, bo.attendeeId, 'is-muted'), 'Bo sees himself muted').to.equal(true);
    expect(stateText(ana.roster, bo.attendeeId, 'muted')).to.equal('Muted');
    await expect(ana.roster).to.be.accessible();

    bo.session.audioVideo.realtimeUnmuteLocalAudio();
    await waitFor(() => !has(ana.roster, bo.attendeeId, 'is-muted'), 'Ana sees Bo unmuted');
    expect(stateText(ana.roster, bo.attendeeId, 'muted')).to.equal(undefined);
  });

  it('shows the speaking indicator on the one who speaks, from their volume', async () => {
    ana.session.audioVideo.realtimeMuteLocalAudio();
    bo.session.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => has(ana.roster, bo.attendeeId, 'is-muted'), 'Bo is muted');
    // Zoë's microphone beeps: her row lights up at Ana's.
    await waitFor(() => has(ana.roster, zoe.attendeeId, 'is-speaking'), 'Zoë speaks at Ana', 20_000);
    const level = rowOf(ana.roster, zoe.attendeeId)!.querySelector('[part~="level"]')!;
    expect(Number(level.getAttribute('data-level'))).to.be.within(1, 3);
    expect(level.textContent!.trim()).to.equal('Speaking');
    expect(has(ana.roster, bo.attendeeId, 'is-speaking'), 'muted Bo is not speaking').to.equal(false);
    expect(has(ana.roster, ana.attendeeId, 'is-speaking'), 'muted Ana is not speaking').to.equal(false);
    await expect(ana.roster).to.be.accessible();
  });

  it('puts the last speaker first with sort="speaking", and goes back to names without it', async () => {
    ana.session.audioVideo.realtimeMuteLocalAudio();
    bo.session.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => has(ana.roster, bo.attendeeId, 'is-muted'), 'Bo is muted');
    expect(names(ana.roster)).to.deep.equal(['Ana', 'Bo', 'Zoë']);
    ana.roster.setAttribute('sort', 'speaking');
    await waitFor(
      () => names(ana.roster).join() === 'Ana,Zoë,Bo',
      'Zoë, who speaks, comes before Bo (you stay first)',
      20_000,
    );
    ana.roster.removeAttribute('sort');
    ana.roster.sort = 'name';
    await ana.roster.updateComplete;
    expect(names(ana.roster)).to.deep.equal(['Ana', 'Bo', 'Zoë']);
  });

  it('shows whose camera is on', async () => {
    expect(has(ana.roster, bo.attendeeId, 'has-camera')).to.equal(false);
    await bo.session.audioVideo.startVideoInput(defaultVideoConstraints);
    bo.session.audioVideo.startLocalVideoTile();
    try {
      await waitFor(() => has(ana.roster, bo.attendeeId, 'has-camera'), 'Ana sees Bo’s camera on', 20_000);
      expect(stateText(ana.roster, bo.attendeeId, 'camera')).to.equal('Camera on');
      expect(has(bo.roster, bo.attendeeId, 'has-camera'), 'Bo sees his own camera on').to.equal(true);
      await expect(ana.roster).to.be.accessible();
    } finally {
      bo.session.audioVideo.stopLocalVideoTile();
      await bo.session.audioVideo.stopVideoInput();
    }
    await waitFor(() => !has(ana.roster, bo.attendeeId, 'has-camera'), 'Ana sees Bo’s camera off', 20_000);
    expect(has(bo.roster, bo.attendeeId, 'has-camera')).to.equal(false);
  });

  it('shows who is sharing content, without a row for the share itself', async () => {
    const canvas = changingCanvas();
    try {
      await bo.session.audioVideo.startContentShare(canvas.stream);
      await waitFor(() => has(ana.roster, bo.attendeeId, 'is-sharing'), 'Ana sees Bo sharing', 20_000);
      expect(stateText(ana.roster, bo.attendeeId, 'sharing')).to.equal('Sharing content');
      expect(names(ana.roster)).to.deep.equal(['Ana', 'Bo', 'Zoë']);
      expect(ana.roster.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
        'Participants (3)',
      );
      await expect(ana.roster).to.be.accessible();
    } finally {
      bo.session.audioVideo.stopContentShare();
      canvas.stop();
    }
    await waitFor(() => !has(ana.roster, bo.attendeeId, 'is-sharing'), 'Bo stopped sharing', 20_000);
  });

  it('offers a labelled filter past filter-threshold that ignores case and accents', async () => {
    const root = ana.roster.shadowRoot!;
    expect(root.querySelector('[part="filter"]'), 'no filter for 3 people by default').to.equal(null);
    ana.roster.setAttribute('filter-threshold', '2');
    await ana.roster.updateComplete;
    const filter = root.querySelector<HTMLInputElement>('[part="filter"]')!;
    expect(filter.type).to.equal('search');
    expect(root.querySelector(`label[for="${filter.id}"]`)!.textContent).to.equal('Find a participant');
    await expect(ana.roster).to.be.accessible();

    filter.focus();
    filter.value = 'ZOE';
    filter.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await ana.roster.updateComplete;
    expect(names(ana.roster)).to.deep.equal(['Zoë']);
    expect(root.querySelector('[part="filter-count"]')!.textContent).to.equal('1 of 3 shown');
    expect(root.activeElement, 'typing keeps the focus in the field').to.equal(filter);

    filter.value = 'nobody';
    filter.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await ana.roster.updateComplete;
    expect(names(ana.roster)).to.deep.equal([]);
    expect(root.querySelector('[part="empty"]')!.textContent!.trim()).to.equal('Nobody matches');
    await expect(ana.roster).to.be.accessible();

    filter.value = '';
    filter.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await ana.roster.updateComplete;
    expect(names(ana.roster)).to.deep.equal(['Ana', 'Bo', 'Zoë']);
    expect(root.querySelector('[part="filter-count"]')!.textContent).to.equal('');

    ana.roster.filterThreshold = 3;
    await ana.roster.updateComplete;
    expect(root.querySelector('[part="filter"]')).to.equal(null);
  });

  it('takes its strings from a strings property, and right-to-left from the page', async () => {
    ana.roster.strings = { heading: 'Teilnehmende ({count})', muted: 'Stumm' };
    bo.session.audioVideo.realtimeMuteLocalAudio();
    try {
      await waitFor(() => stateText(ana.roster, bo.attendeeId, 'muted') === 'Stumm', 'translated state');
      expect(ana.roster.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
        'Teilnehmende (3)',
      );
      const row = rowOf(ana.roster, bo.attendeeId)!;
      const states = row.querySelector('[part="states"]')!;
      const edges = () => ({ row: row.getBoundingClientRect(), states: states.getBoundingClientRect() });
      let { row: box, states: icons } = edges();
      expect(box.right - icons.right, 'icons at the inline end (right)').to.be.below(1);
      ana.container.dir = 'rtl';
      ({ row: box, states: icons } = edges());
      expect(icons.left - box.left, 'icons at the inline end (left) in right-to-left').to.be.below(1);
    } finally {
      ana.container.dir = '';
      ana.roster.strings = {};
    }
  });
});
