// <chime-meeting> as a user meets it: the pre-join screen, the join with the choices made there,
// the ended and error screens, the live region, the event order, and several meetings on a page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.ts';
import type { ChimeMeeting, ChimeRoster } from '../../components/index.ts';
import { joinInfo, meetingServerUrl, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';

const part = <T extends Element = HTMLElement>(element: Element, name: string) =>
  element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

async function deleteOnService(path: string): Promise<void> {
  const response = await fetch(`${await meetingServerUrl()}${path}`, { method: 'DELETE' });
  expect(response.status, `DELETE ${path}`).to.equal(204);
}

/** A meeting element joined at once (no pre-join screen), with a roster inside. */
async function joined(meeting: string, name: string): Promise<ChimeMeeting> {
  const element = await fixture<ChimeMeeting>(
    html`<chime-meeting no-prejoin><chime-roster></chime-roster></chime-meeting>`,
  );
  element.joinInfo = await joinInfo(meeting, name);
  const done = oneEvent(element, 'chime-joined');
  await element.join();
  await done;
  return element;
}

describe('<chime-meeting>', () => {
  const meetings: ChimeMeeting[] = [];
  afterEach(async () => {
    await Promise.all(meetings.splice(0).map((meeting) => meeting.leave()));
  });

  describe('pre-join screen', () => {
    it('is shown by default, asks for what is missing, and is accessible', async () => {
      const element = await fixture<ChimeMeeting>(
        html`<chime-meeting join-url="/join"><chime-roster></chime-roster></chime-meeting>`,
      );
      expect(element.status).to.equal('prejoin');
      expect(element.getAttribute('status')).to.equal('prejoin');
      const form = part(element, 'prejoin-form')!;
      expect(form.querySelector('input[name="name"]')).to.not.equal(null);
      expect(form.querySelector('input[name="meeting"]')).to.not.equal(null);
      expect(form.querySelector('chime-device-picker')).to.not.equal(null);
      // The meeting's own elements wait behind the pre-join screen.
      expect(part(element, 'content')!.hidden).to.equal(true);
      await expect(element).to.be.accessible();

      element.name = 'Ann';
      element.meeting = 'm';
      await element.updateComplete;
      expect(form.querySelector('input[name="name"]')).to.equal(null);
      expect(form.querySelector('input[name="meeting"]')).to.equal(null);
    });

    it('joins with the name typed in, muted and with the camera on as chosen', async () => {
      const meeting = uniqueMeetingName('prejoin');
      const element = await fixture<ChimeMeeting>(
        html`<chime-meeting
          join-url=${`${await meetingServerUrl()}/join`}
          meeting=${meeting}
        ></chime-meeting>`,
      );
      meetings.push(element);
      const microphone = part<HTMLButtonElement>(element, 'prejoin-microphone')!;
      const camera = part<HTMLButtonElement>(element, 'prejoin-camera')!;
      expect(microphone.getAttribute('aria-pressed')).to.equal('true');
      expect(microphone.textContent!.trim()).to.equal('Turn microphone off');
      expect(camera.getAttribute('aria-pressed')).to.equal('true');
      microphone.click();
      await element.updateComplete;
      expect(microphone.getAttribute('aria-pressed')).to.equal('false');
      expect(microphone.textContent!.trim()).to.equal('Turn microphone on');

      part(element, 'prejoin-form')!.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Nia';
      const done = oneEvent(element, 'chime-joined');
      part<HTMLButtonElement>(element, 'join-button')!.click();
      await done;
      expect(element.name).to.equal('Nia');
      const session = element.session!;
      expect(session.configuration.credentials.externalUserId).to.contain('Nia');
      expect(session.muted).to.equal(true);
      expect(session.audioVideo.hasStartedLocalVideoTile()).to.equal(true);

      // Another attendee sees her muted, with video.
      const other = await joined(meeting, 'Oz');
      meetings.push(other);
      const nia = () => other.session!.attendee(session.localAttendeeId);
      await waitFor(() => nia().present && nia().muted, 'the other attendee sees Nia muted', 15_000);
      await waitFor(() => nia().videoTile?.active === true, 'the other attendee gets Nia’s video', 15_000);
    });

    it('is skipped with no-prejoin, which shows a Join button instead', async () => {
      const element = await fixture<ChimeMeeting>(
        html`<chime-meeting no-prejoin join-url="/join" meeting="m" name="n"></chime-meeting>`,
      );
      expect(element.status).to.equal('idle');
      expect(part(element, 'prejoin')).to.equal(null);
      expect(part(element, 'join-button')!.textContent!.trim()).to.equal('Join');
    });
  });

  describe('ended and error screens', () => {
    it('says you left, and joins again from there', async () => {
      const element = await joined(uniqueMeetingName('ended'), 'Pia');
      meetings.push(element);
      await element.leave();
      await element.updateComplete;
      expect(element.status).to.equal('left');
      expect(element.getAttribute('end-reason')).to.equal('left');
      expect(part(element, 'content')!.hidden).to.equal(true);
      expect(part(element, 'screen-message')!.textContent).to.equal('You left the meeting.');
      await expect(element).to.be.accessible();

      const again = oneEvent(element, 'chime-joined');
      part<HTMLButtonElement>(element, 'rejoin-button')!.click();
      await again;
      expect(element.status).to.equal('joined');
      expect(element.endReason).to.equal(undefined);
    });

    it('says the meeting ended when it is deleted, with no way to rejoin', async () => {
      const element = await joined(uniqueMeetingName('deleted'), 'Quin');
      const left = oneEvent(element, 'chime-left');
      await deleteOnService(`/meetings/${element.session!.configuration.meetingId}`);
      expect((await left).detail.statusCode).to.equal(5);
      await element.updateComplete;
      expect(element.endReason).to.equal('ended');
      expect(part(element, 'screen-message')!.textContent).to.equal('The meeting has ended.');
      expect(part(element, 'rejoin-button')).to.equal(null);
    });

    it('says you were removed when your attendee is deleted', async () => {
      const element = await joined(uniqueMeetingName('removed'), 'Rae');
      const { meetingId } = element.session!.configuration;
      const left = oneEvent(element, 'chime-left');
      await deleteOnService(`/meetings/${meetingId}/attendees/${element.session!.localAttendeeId}`);
      await left;
      await element.updateComplete;
      expect(element.endReason).to.equal('removed');
      expect(part(element, 'screen-message')!.textContent).to.equal('You were removed from the meeting.');
    });

    it('lets the page replace the ended screen through the ended slot', async () => {
      const element = await fixture<ChimeMeeting>(
        html`<chime-meeting no-prejoin><p slot="ended" id="custom">Thanks for calling</p></chime-meeting>`,
      );
      element.joinInfo = await joinInfo(uniqueMeetingName('slot'), 'Sol');
      const done = oneEvent(element, 'chime-joined');
      await element.join();
      await done;
      await element.leave();
      await element.updateComplete;
      const slot = part(element, 'screen')!.querySelector<HTMLSlotElement>('slot[name="ended"]')!;
      expect(slot.assignedElements()).to.deep.equal([element.querySelector('#custom')]);
    });
  });

  it('dispatches join and leave events in order, each seeing the status it announces', async () => {
    const meeting = uniqueMeetingName('order');
    const element = await fixture<ChimeMeeting>(html`<chime-meeting no-prejoin></chime-meeting>`);
    element.joinInfo = await joinInfo(meeting, 'Tess');
    const seen: string[] = [];
    const types = [
      'chime-connecting',
      'chime-attendee-join',
      'chime-joined',
      'chime-attendee-leave',
      'chime-left',
    ];
    for (const type of types) {
      element.addEventListener(type, (event) => {
        const detail = (event as CustomEvent<{ local?: boolean }>).detail;
        const who = detail.local === undefined ? '' : detail.local ? ':self' : ':other';
        seen.push(`${type}${who}:${element.status}`);
      });
    }
    const done = oneEvent(element, 'chime-joined');
    await element.join();
    await done;
    await waitFor(() => seen.includes('chime-attendee-join:self:joined') || seen.length >= 3, 'self present');
    const other = await joined(meeting, 'Uma');
    await waitFor(() => seen.some((entry) => entry.startsWith('chime-attendee-join:other')), 'Uma joins');
    await other.leave();
    await waitFor(() => seen.some((entry) => entry.startsWith('chime-attendee-leave:other')), 'Uma leaves');
    await element.leave();
    expect(seen).to.deep.equal([
      'chime-connecting:connecting',
      'chime-attendee-join:self:connecting',
      'chime-joined:joined',
      'chime-attendee-join:other:joined',
      'chime-attendee-leave:other:joined',
      'chime-left:left',
    ]);
  });

  it('announces mute changes and the active speaker in its one live region', async () => {
    const meeting = uniqueMeetingName('announce');
    const listener = await joined(meeting, 'Vi');
    meetings.push(listener);
    listener.session!.audioVideo.realtimeMuteLocalAudio();
    const announcer = part(listener, 'announcer')!;
    expect(announcer.getAttribute('role')).to.equal('status');
    expect(listener.shadowRoot!.querySelectorAll('[aria-live]').length).to.equal(1);
    await waitFor(() => announcer.textContent!.trim() === 'Your microphone is muted', 'own mute announced');

    const speaker = await joined(meeting, 'Wes');
    meetings.push(speaker);
    // Wes's fake microphone beeps: he becomes the active speaker, which is announced.
    await waitFor(() => announcer.textContent!.trim() === 'Wes is speaking', 'speaker announced', 20_000);
    speaker.session!.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => announcer.textContent!.trim() === 'Wes muted', 'Wes’s mute announced', 15_000);
  });

  it('dispatches volume, speaker, mute, content share and data message events from the others', async () => {
    const meeting = uniqueMeetingName('bridge');
    const listener = await joined(meeting, 'Ada');
    const speaker = await joined(meeting, 'Bea');
    meetings.push(listener, speaker);
    listener.session!.audioVideo.realtimeMuteLocalAudio();
    const bea = speaker.session!.localAttendeeId;
    const volumes: number[] = [];
    listener.addEventListener('chime-volume-change', (event) => {
      volumes.push(performance.now());
      expect(event.detail.attendees.every((entry) => typeof entry.volume === 'number')).to.equal(true);
    });
    const speakers = oneEvent(listener, 'chime-active-speakers-change');
    // Bea's fake microphone beeps: she is heard, and becomes the active speaker.
    expect((await speakers).detail.attendeeIds[0]).to.equal(bea);
    const windowStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const inWindow = volumes.filter((time) => time >= windowStart).length;
    expect(inWindow, 'volume events are throttled to 4 a second').to.be.within(1, 9);

    const mute = oneEvent(listener, 'chime-mute-change');
    speaker.session!.audioVideo.realtimeMuteLocalAudio();
    const muted = (await mute).detail;
    expect([muted.attendeeId, muted.name, muted.muted, muted.local]).to.deep.equal([bea, 'Bea', true, false]);

    const message = oneEvent(listener, 'chime-data-message');
    speaker.session!.audioVideo.realtimeSendDataMessage('notes', 'hello <b>all</b>');
    const received = (await message).detail;
    expect([received.topic, received.text, received.senderAttendeeId, received.name]).to.deep.equal([
      'notes',
      'hello <b>all</b>',
      bea,
      'Bea',
    ]);

    const started = oneEvent(listener, 'chime-content-share-start');
    await speaker.session!.audioVideo.startContentShareFromScreenCapture();
    const share = (await started).detail;
    expect([share.attendeeId, share.sharerAttendeeId, share.name, share.local]).to.deep.equal([
      `${bea}#content`,
      bea,
      'Bea',
      false,
    ]);
    const stopped = oneEvent(listener, 'chime-content-share-stop');
    speaker.session!.audioVideo.stopContentShare();
    expect((await stopped).detail.sharerAttendeeId).to.equal(bea);
  });

  it('keeps one session per element when several meetings are on one page', async () => {
    const first = uniqueMeetingName('page-a');
    const second = uniqueMeetingName('page-b');
    const [a, b] = await Promise.all([joined(first, 'Xan'), joined(second, 'Yul')]);
    meetings.push(a, b);
    expect(a.session).to.not.equal(b.session);
    const rosterOf = (element: ChimeMeeting) => element.querySelector<ChimeRoster>('chime-roster')!;
    const names = (element: ChimeMeeting) =>
      [...rosterOf(element).shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent);
    await waitFor(() => names(a).length === 1 && names(b).length === 1, 'each roster shows its own attendee');
    expect(names(a)).to.deep.equal(['Xan']);
    expect(names(b)).to.deep.equal(['Yul']);
    expect(a.session!.configuration.externalMeetingId).to.equal(first);
    expect(b.session!.configuration.externalMeetingId).to.equal(second);
    await a.leave();
    expect(b.status).to.equal('joined');
  });
});
