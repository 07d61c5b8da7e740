import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChatLog } from '../../components/chat/chat-log.ts';
import type { ReceivedChatMessage } from '../../components/chat/chat-log.ts';

const ME = 'me';
const from = (senderAttendeeId: string, text: string, extra: Partial<ReceivedChatMessage> = {}) => ({
  senderAttendeeId,
  senderExternalUserId: `x#${senderAttendeeId}`,
  text,
  timestampMs: 1_000,
  throttled: false,
  ...extra,
});
const texts = (log: ChatLog) =>
  log.entries.map((entry) => `${entry.senderAttendeeId}:${entry.text}:${entry.status}`);

describe('ChatLog', () => {
  it('shows your own message at once as sent, and the echo confirms it without a duplicate', () => {
    const log = new ChatLog();
    log.addOwn(ME, 'x#me', 'hi', 5);
    assert.deepEqual(texts(log), ['me:hi:sent']);
    assert.equal(log.receive(from(ME, 'hi'), ME, false), undefined);
    assert.deepEqual(texts(log), ['me:hi:delivered']);
    assert.equal(log.unread, 0, 'your own messages are never unread');
  });

  it('confirms the oldest of two identical messages first', () => {
    const log = new ChatLog();
    log.addOwn(ME, 'x#me', 'ok', 1);
    log.addOwn(ME, 'x#me', 'ok', 2);
    log.receive(from(ME, 'ok'), ME, true);
    assert.deepEqual(texts(log), ['me:ok:delivered', 'me:ok:sent']);
  });

  it('marks a throttled echo of your message as failed', () => {
    const log = new ChatLog();
    log.addOwn(ME, 'x#me', 'spam', 1);
    log.receive(from(ME, 'spam', { throttled: true, timestampMs: 0 }), ME, true);
    assert.deepEqual(texts(log), ['me:spam:failed']);
    log.receive(from(ME, 'other', { throttled: true, timestampMs: 0 }), ME, true);
    assert.deepEqual(texts(log), ['me:spam:failed'], 'an unmatched throttled echo adds nothing');
  });

  it('adds your own message sent from elsewhere (another tab, or kept from before you joined)', () => {
    const log = new ChatLog();
    log.receive(from(ME, 'earlier'), ME, false);
    assert.deepEqual(texts(log), ['me:earlier:delivered']);
    assert.equal(log.entries[0]!.own, true);
    assert.equal(log.unread, 0);
  });

  it('counts messages from others as unread unless read, until markRead', () => {
    const log = new ChatLog();
    log.receive(from('bo', 'one'), ME, false);
    log.receive(from('bo', 'two'), ME, true);
    log.receive(from('cy', 'three'), ME, false);
    assert.equal(log.unread, 2);
    log.markRead();
    assert.equal(log.unread, 0);
    assert.equal(log.entries.length, 3);
  });

  it('keeps only the newest messages, and never more unread than kept', () => {
    const log = new ChatLog(3);
    for (let i = 1; i <= 5; i++) log.receive(from('bo', `m${i}`), ME, false);
    assert.deepEqual(
      log.entries.map((entry) => entry.text),
      ['m3', 'm4', 'm5'],
    );
    assert.equal(log.unread, 3);
    const keys = log.entries.map((entry) => entry.key);
    assert.equal(new Set(keys).size, 3, 'keys stay unique');
  });

  it('matches echoes of your messages no longer kept, without adding them again', () => {
    const log = new ChatLog(2);
    for (const text of ['a', 'b', 'c']) log.addOwn(ME, 'x#me', text, 1);
    log.receive(from(ME, 'a'), ME, true);
    log.receive(from(ME, 'b'), ME, true);
    log.receive(from(ME, 'c', { throttled: true, timestampMs: 0 }), ME, true);
    assert.deepEqual(texts(log), ['me:b:delivered', 'me:c:failed']);
  });

  it('keeps the text exactly as sent, markup included', () => {
    const log = new ChatLog();
    log.receive(from('bo', '<b>bold</b>\nline'), ME, true);
    assert.equal(log.entries[0]!.text, '<b>bold</b>\nline');
    assert.equal(log.entries[0]!.senderExternalUserId, 'x#bo');
  });
});
