import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.ts';
import type { ChimeMeeting, ChimeRoster } from '../../components/index.ts';
import { joinInfo, meetingServerUrl, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';

const rosterNames = (roster: ChimeRoster) =>
  [...roster.shadowRoot!.querySelectorAll('[part="name"]')].map((name) => name.textContent);

/** A `<chime-meeting>` with a roster inside, joined from join information of the local service. */
async function joinedMeeting(meeting: string, name: string) {
  const element = await fixture<ChimeMeeting>(
    html`<chime-meeting no-prejoin><chime-roster></chime-roster></chime-meeting>`,
  );
  element.joinInfo = await joinInfo(meeting, name);
  const joined = oneEvent(element, 'chime-joined');
  await element.join();
  await joined;
  return { element, roster: element.querySelector('chime-roster')! };
}

describe('<chime-meeting> with <chime-roster>', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  async function join(meeting: string, name: string) {
    const joined = await joinedMeeting(meeting, name);
    cleanups.push(() => joined.element.leave());
    return joined;
  }

  it('shows both attendees in each roster, and removes the one who leaves', async () => {
    const meeting = uniqueMeetingName();
    const ana = await join(meeting, 'Ana');
    const bo = await join(meeting, 'Bo');

    await waitFor(() => rosterNames(ana.roster).length === 2, 'Ana sees two people');
    await waitFor(() => rosterNames(bo.roster).length === 2, 'Bo sees two people');
    expect(rosterNames(ana.roster)).to.deep.equal(['Ana', 'Bo']);
    expect(rosterNames(bo.roster)).to.deep.equal(['Bo', 'Ana']);
    expect(ana.roster.shadowRoot!.querySelector('[part~="local"]')!.textContent).to.contain('(you)');

    const attendeeLeft = oneEvent(ana.element, 'chime-attendee-leave');
    const left = oneEvent(bo.element, 'chime-left');
    await bo.element.leave();
    expect((await left).detail).to.deep.equal({ statusCode: 1, terminal: true });
    expect(bo.element.status).to.equal('left');
    const leaveDetail = (await attendeeLeft).detail;
    expect(leaveDetail.name).to.equal('Bo');
    expect(leaveDetail.dropped).to.equal(false);
    await waitFor(() => rosterNames(ana.roster).length === 1, 'Bo vanishes from Ana’s roster');
    expect(rosterNames(ana.roster)).to.deep.equal(['Ana']);
    expect(bo.roster.shadowRoot!.querySelector('[part="empty"]')!.textContent!.trim()).to.equal(
      'Not in a meeting',
    );
  });

  it('dispatches connecting, joined and left in order, with the status attribute following', async () => {
    const element = await fixture<ChimeMeeting>(html`<chime-meeting no-prejoin></chime-meeting>`);
    element.joinInfo = await joinInfo(uniqueMeetingName(), 'Cy');
    const seen: string[] = [];
    for (const type of ['chime-connecting', 'chime-joined', 'chime-left'] as const) {
      element.addEventListener(type, () => seen.push(`${type}:${element.getAttribute('status')}`));
    }
    const joined = oneEvent(element, 'chime-joined');
    await element.join();
    await joined;
    await element.leave();
    expect(seen).to.deep.equal(['chime-connecting:connecting', 'chime-joined:joined', 'chime-left:left']);
  });

  it('joins from the join-url, meeting and name attributes and announces others in a live region', async () => {
    const url = `${await meetingServerUrl()}/join`;
    const meeting = uniqueMeetingName();
    const element = await fixture<ChimeMeeting>(
      html`<chime-meeting join-url=${url} meeting=${meeting} name="Dee" auto-join></chime-meeting>`,
    );
    cleanups.push(() => element.leave());
    await oneEvent(element, 'chime-joined');
    expect(element.session!.configuration.externalMeetingId).to.equal(meeting);

    const other = await join(meeting, 'Eve');
    expect(other.element.status).to.equal('joined');
    const announcer = element.shadowRoot!.querySelector('[part="announcer"]')!;
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    await waitFor(() => announcer.textContent!.trim() === 'Eve joined', 'Eve’s arrival is announced');
  });

  it('renders attendee names as text, never as markup', async () => {
    const hostile = '<img src=x onerror="__pwned=1">';
    const { roster } = await join(uniqueMeetingName(), hostile);
    await waitFor(() => rosterNames(roster).length === 1, 'the roster lists the attendee');
    expect(rosterNames(roster)).to.deep.equal([hostile]);
    expect(roster.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('ends with a terminal chime-left when the join token is refused', async () => {
    const element = await fixture<ChimeMeeting>(html`<chime-meeting no-prejoin></chime-meeting>`);
    const info = await joinInfo(uniqueMeetingName(), 'Gus');
    const token = info.Attendee.JoinToken;
    info.Attendee.JoinToken = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    element.joinInfo = info;
    const left = oneEvent(element, 'chime-left');
    await element.join();
    // 11 = SignalingBadRequest: the service closed the signaling connection with 4403.
    expect((await left).detail).to.deep.equal({ statusCode: 11, terminal: true });
    expect(element.status).to.equal('error');
    expect(element.getAttribute('end-reason')).to.equal('rejected');
    await element.updateComplete;
    const screen = element.shadowRoot!.querySelector('[part="screen"]')!;
    expect(screen.querySelector('[part="screen-title"]')!.textContent).to.equal('Could not join the meeting');
    expect(screen.querySelector('[part="screen-message"]')!.textContent).to.contain('did not accept');
  });

  it('reports unreadable join information as chime-error and joins nothing', async () => {
    const element = await fixture<ChimeMeeting>(html`<chime-meeting no-prejoin></chime-meeting>`);
    element.joinInfo = {
      Meeting: { MeetingId: 'm' },
      Attendee: { AttendeeId: 'a', JoinToken: 'secret-token' },
    };
    const error = oneEvent(element, 'chime-error');
    let thrown: unknown;
    await element.join().catch((e: unknown) => (thrown = e));
    const { detail } = await error;
    expect(detail.phase).to.equal('configuration');
    expect(detail.message).to.match(/MediaPlacement/i);
    expect(detail.message).not.to.contain('secret-token');
    expect(thrown).to.be.instanceOf(Error);
    expect(element.session).to.equal(undefined);
    expect(element.status).to.equal('error');
    expect(element.endReason).to.equal('join-info');
  });

  it('reports a join endpoint that refuses as chime-error', async () => {
    const url = `${await meetingServerUrl()}/join`;
    const element = await fixture<ChimeMeeting>(
      html`<chime-meeting no-prejoin join-url=${url} meeting=${'x'.repeat(65)} name="Hal"></chime-meeting>`,
    );
    const error = oneEvent(element, 'chime-error');
    await element.join().catch(() => undefined);
    const { detail } = await error;
    expect(detail.phase).to.equal('fetch-join-info');
    expect(detail.message).to.contain('400');
  });

  it('lets a roster outside the meeting show it through the session property', async () => {
    const { element } = await join(uniqueMeetingName(), 'Ida');
    const outside = await fixture<ChimeRoster>(html`<chime-roster></chime-roster>`);
    expect(rosterNames(outside)).to.deep.equal([]);
    expect(outside.shadowRoot!.querySelector('[part="empty"]')!.textContent!.trim()).to.equal(
      'Not in a meeting',
    );
    outside.session = element.session;
    await outside.updateComplete;
    expect(rosterNames(outside)).to.deep.equal(['Ida']);
  });

  it('leaves the meeting when the element is removed from the page', async () => {
    const meeting = uniqueMeetingName();
    const stay = await join(meeting, 'Jo');
    const go = await joinedMeeting(meeting, 'Kim');
    await waitFor(() => rosterNames(stay.roster).length === 2, 'both present');
    go.element.remove();
    await waitFor(() => rosterNames(stay.roster).length === 1, 'Kim left when her element was removed');
  });

  it('is accessible before and after joining', async () => {
    const element = await fixture<ChimeMeeting>(
      html`<chime-meeting join-url="/unused" meeting="m" name="n"
        ><chime-roster></chime-roster
      ></chime-meeting>`,
    );
    await expect(element).to.be.accessible();
    const { element: joined } = await join(uniqueMeetingName(), 'Lu');
    await expect(joined).to.be.accessible();
    await expect(joined.querySelector('chime-roster')!).to.be.accessible();
  });
});
