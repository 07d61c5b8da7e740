// <chime-chat> in a real meeting: two <chime-meeting>s on one page (two attendees of one meeting
// on the local service), each with a chat; messages go through the service as data messages.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.ts';
import type { ChimeChat, ChimeChatSendDetail, ChimeMeeting } from '../../components/index.ts';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { joinedMeeting } from './helpers/joined-meeting.ts';

interface Participant {
  container: HTMLElement;
  meeting: ChimeMeeting;
  chat: ChimeChat;
  attendeeId: string;
}

/** A meeting element with a chat inside, in a container of language `lang`, joined as `name`. */
async function joinParticipant(meetingName: string, name: string, lang = 'en-US'): Promise<Participant> {
  const joined = await joinedMeeting(
    meetingName,
    name,
    html`<chime-meeting no-prejoin><chime-chat></chime-chat></chime-meeting>`,
    { lang },
  );
  const chat = joined.container.querySelector('chime-chat')!;
  await chat.updateComplete;
  return { ...joined, chat };
}

const inputOf = (chat: ChimeChat) => chat.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="input"]')!;
const sendButtonOf = (chat: ChimeChat) => chat.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!;
const messagesOf = (chat: ChimeChat) =>
  [...chat.shadowRoot!.querySelectorAll<HTMLElement>('[part~="message"]')].map((message) => ({
    sender: message.querySelector('[part="sender"]')!.textContent,
    text: message.querySelector('[part="text"]')!.textContent,
    parts: message.getAttribute('part')!,
  }));
const texts = (chat: ChimeChat) => messagesOf(chat).map((message) => message.text);

/** Types `text` into the chat's field as a user would (one input event). */
function type(chat: ChimeChat, text: string): void {
  const input = inputOf(chat);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Presses a key in the field; returns the keydown event. */
function press(chat: ChimeChat, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  inputOf(chat).dispatchEvent(event);
  return event;
}

/** Resolves once the page has rendered twice: visibility changes have been observed by then. */
const afterRendering = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<chime-chat> in a meeting', () => {
  const markup = '<b>Bo</b>';
  let meetingName: string;
  let ana: Participant;
  let bo: Participant;
  const others: Participant[] = [];

  before(async function () {
    this.timeout(60_000);
    meetingName = uniqueMeetingName('chat');
    ana = await joinParticipant(meetingName, 'Ana');
    bo = await joinParticipant(meetingName, markup, 'de');
  });

  after(async () => {
    const all = [ana, bo, ...others];
    await Promise.all(all.map((p) => p?.meeting.leave()));
    for (const p of all) p?.container.remove();
  });

  it('is disabled and accessible outside a meeting', async () => {
    const chat = await fixture<ChimeChat>(html`<chime-chat></chime-chat>`);
    expect(inputOf(chat).disabled).to.equal(true);
    expect(sendButtonOf(chat).disabled).to.equal(true);
    expect(chat.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No messages yet');
    await expect(chat).to.be.accessible();
  });

  it('sends with Enter and shows the message at both ends, once, names and text as text', async () => {
    const log = ana.chat.shadowRoot!.querySelector('[part="log"]')!;
    expect(log.getAttribute('role')).to.equal('log');
    expect(log.getAttribute('aria-live')).to.equal('polite');
    const label = ana.chat.shadowRoot!.querySelector(`label[for="${inputOf(ana.chat).id}"]`)!;
    expect(label.textContent).to.equal('Message');
    await expect(ana.chat).to.be.accessible();

    const sent = oneEvent(ana.chat, 'chime-chat-send');
    type(ana.chat, '  hello <i>there</i>  ');
    expect(press(ana.chat, 'Enter').defaultPrevented).to.equal(true);
    expect((await sent).detail).to.deep.equal({ topic: 'chat', text: 'hello <i>there</i>' });
    await ana.chat.updateComplete;
    expect(inputOf(ana.chat).value, 'the field is emptied').to.equal('');
    expect(messagesOf(ana.chat)).to.deep.equal([
      { sender: 'You', text: 'hello <i>there</i>', parts: 'message own' },
    ]);

    await waitFor(() => texts(bo.chat).length === 1, 'Bo receives Ana’s message');
    expect(messagesOf(bo.chat)).to.deep.equal([
      { sender: 'Ana', text: 'hello <i>there</i>', parts: 'message' },
    ]);
    expect(bo.chat.shadowRoot!.querySelector('i')).to.equal(null);
    // The local service relays a sender's message back to it: shown once, now as delivered.
    await waitFor(() => ana.chat.messages[0]?.status === 'delivered', 'Ana’s message comes back delivered');
    expect(texts(ana.chat)).to.deep.equal(['hello <i>there</i>']);

    type(bo.chat, 'hi Ana');
    sendButtonOf(bo.chat).click();
    await waitFor(() => texts(ana.chat).length === 2, 'Ana receives Bo’s answer');
    expect(messagesOf(ana.chat)[1]).to.deep.equal({ sender: markup, text: 'hi Ana', parts: 'message' });
    expect(ana.chat.shadowRoot!.querySelector('b')).to.equal(null);
    await expect(ana.chat).to.be.accessible();
    await expect(bo.chat).to.be.accessible();
  });

  it('starts a new line with Shift+Enter and keeps line breaks', async () => {
    type(ana.chat, 'first line');
    expect(press(ana.chat, 'Enter', { shiftKey: true }).defaultPrevented, 'not sent').to.equal(false);
    expect(press(ana.chat, 'Enter', { isComposing: true }).defaultPrevented, 'IME composing').to.equal(false);
    await ana.chat.updateComplete;
    expect(inputOf(ana.chat).value).to.equal('first line');
    type(ana.chat, 'first line\nsecond line');
    press(ana.chat, 'Enter');
    await waitFor(() => texts(bo.chat).includes('first line\nsecond line'), 'Bo gets both lines');
    const text = [...bo.chat.shadowRoot!.querySelectorAll<HTMLElement>('[part="text"]')].at(-1)!;
    expect(getComputedStyle(text).whiteSpace).to.equal('pre-wrap');
  });

  it("formats times for the element's language", async () => {
    const time = [...bo.chat.shadowRoot!.querySelectorAll('time')].at(-1)!;
    const when = new Date(time.getAttribute('datetime')!);
    expect(Math.abs(when.getTime() - Date.now())).to.be.below(60_000);
    expect(time.textContent).to.equal(
      new Intl.DateTimeFormat('de', { hour: 'numeric', minute: '2-digit' }).format(when),
    );
    const own = [...ana.chat.shadowRoot!.querySelectorAll('time')].at(-1)!;
    expect(own.textContent).to.match(/ (AM|PM)$/);
  });

  it('counts messages that arrive while the chat is hidden, until it is shown or markRead()', async () => {
    expect(bo.chat.unread).to.equal(0);
    bo.chat.hidden = true;
    await afterRendering();
    const before = texts(bo.chat).length;
    ana.meeting.session!.audioVideo.realtimeSendDataMessage('chat', 'unseen 1');
    ana.meeting.session!.audioVideo.realtimeSendDataMessage('chat', 'unseen 2');
    await waitFor(() => texts(bo.chat).length === before + 2, 'Bo’s hidden chat gets both');
    expect(bo.chat.unread).to.equal(2);
    expect(bo.chat.getAttribute('unread')).to.equal('2');
    expect(ana.chat.unread, 'the visible chat has read them').to.equal(0);

    bo.chat.hidden = false;
    await waitFor(() => bo.chat.unread === 0, 'shown: read');
    await bo.chat.updateComplete;
    expect(bo.chat.getAttribute('unread')).to.equal('0');

    bo.container.style.display = 'none';
    await afterRendering();
    ana.meeting.session!.audioVideo.realtimeSendDataMessage('chat', 'unseen 3');
    await waitFor(() => bo.chat.unread === 1, 'one unread while the page section is hidden');
    bo.chat.markRead();
    expect(bo.chat.unread).to.equal(0);
    bo.container.style.display = '';
  });

  it('shows only its own topic, and keeps a vetoed message unsent', async () => {
    const before = texts(bo.chat).length;
    ana.meeting.session!.audioVideo.realtimeSendDataMessage('other-topic', 'not for the chat');
    ana.meeting.session!.audioVideo.realtimeSendDataMessage('chat', 'for the chat');
    await waitFor(() => texts(bo.chat).length === before + 1, 'the chat message arrives');
    expect(texts(bo.chat).at(-1)).to.equal('for the chat');

    const veto = (event: CustomEvent<ChimeChatSendDetail>) => event.preventDefault();
    ana.chat.addEventListener('chime-chat-send', veto);
    try {
      const count = texts(ana.chat).length;
      type(ana.chat, 'vetoed');
      press(ana.chat, 'Enter');
      await ana.chat.updateComplete;
      expect(texts(ana.chat).length).to.equal(count);
      expect(inputOf(ana.chat).value, 'the text stays in the field').to.equal('vetoed');
    } finally {
      ana.chat.removeEventListener('chime-chat-send', veto);
      type(ana.chat, '');
    }
  });

  it('keeps messages with lifetime-ms for someone who joins later', async () => {
    ana.chat.setAttribute('lifetime-ms', '60000');
    type(ana.chat, 'kept for later');
    press(ana.chat, 'Enter');
    await waitFor(() => texts(bo.chat).includes('kept for later'), 'Bo has it');
    const late = await joinParticipant(meetingName, 'Cy');
    others.push(late);
    await waitFor(() => texts(late.chat).includes('kept for later'), 'Cy, joining later, gets it');
    expect(messagesOf(late.chat).find((m) => m.text === 'kept for later')!.sender).to.equal('Ana');
    expect(texts(late.chat)).not.to.include('hi Ana');
    ana.chat.removeAttribute('lifetime-ms');
  });

  it('shows messages the service throttled as not delivered', async function () {
    this.timeout(60_000);
    // The service relays a burst of 200 (then 100 a second) and throttles the rest: send bursts
    // of 250 until some come back throttled (how many get through depends on the service's pace).
    const anyFailed = () => ana.chat.messages.some((message) => message.status === 'failed');
    for (let burst = 0; burst < 6 && !anyFailed(); burst++) {
      for (let i = 0; i < 250; i++) {
        type(ana.chat, `burst ${burst}.${i}`);
        press(ana.chat, 'Enter');
      }
      await waitFor(
        () => ana.chat.messages.every((message) => message.status !== 'sent'),
        'every message of the burst came back',
        20_000,
      );
    }
    expect(anyFailed(), 'some were throttled').to.equal(true);
    await ana.chat.updateComplete;
    const failed = ana.chat.shadowRoot!.querySelector('[part~="failed"]')!;
    expect(failed.getAttribute('part')).to.equal('message own failed');
    expect(failed.querySelector('[part="status"]')!.textContent).to.equal('Not delivered');
    await expect(ana.chat).to.be.accessible();
  });
});
