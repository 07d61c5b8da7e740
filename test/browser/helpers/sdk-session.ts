/** Sessions of our SDK core (src/) for browser tests against the local meeting service. */
import {
  ConsoleLogger,
  DefaultDeviceController,
  DefaultMeetingSession,
  LogLevel,
  MeetingSessionConfiguration,
  MeetingSessionStatusCode,
} from '../../../src/index.ts';
import type { Logger, MeetingSessionStatus } from '../../../src/index.ts';
import type { JoinInfo } from './meeting-server.ts';

/**
 * A new SDK session (not started) for the attendee of `info`, with the default device controller
 * and `logger` (by default a console logger at WARN named by the attendee's external user id).
 */
export function sdkSession(
  info: JoinInfo,
  logger: Logger = new ConsoleLogger(info.Attendee.ExternalUserId, LogLevel.WARN),
): DefaultMeetingSession {
  const configuration = new MeetingSessionConfiguration(
    { Meeting: info.Meeting },
    { Attendee: info.Attendee },
  );
  return new DefaultMeetingSession(configuration, logger, new DefaultDeviceController(logger));
}

/** Starts the session; resolves on audioVideoDidStart, rejects on audioVideoDidStop. */
export function startSdkSession(session: DefaultMeetingSession): Promise<void> {
  return new Promise((resolve, reject) => {
    const observer = {
      audioVideoDidStart() {
        session.audioVideo.removeObserver(observer);
        resolve();
      },
      audioVideoDidStop(status: MeetingSessionStatus) {
        session.audioVideo.removeObserver(observer);
        reject(new Error(`stopped with ${MeetingSessionStatusCode[status.statusCode()]}`));
      },
    };
    session.audioVideo.addObserver(observer);
    session.audioVideo.start();
  });
}
