// <chime-control-bar> and its buttons in a real meeting: two (and for shares and leaving, three)
// <chime-meeting>s on one page, attendees of the same meeting on the local service, with Chromium's
// fake microphone, camera and screen.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../../components/index.ts';
import type {
  ChimeContentShareErrorDetail,
  ChimeControlBar,
  ChimeMeeting,
  ChimeVideoGrid,
  ChimeVideoTile,
} from '../../components/index.ts';
import { changingCanvas } from './helpers/media.ts';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { joinedMeeting } from './helpers/joined-meeting.ts';

interface Participant {
  container: HTMLElement;
  meeting: ChimeMeeting;
  bar: ChimeControlBar;
  grid: ChimeVideoGrid;
  attendeeId: string;
}

/** A meeting element with a control bar and a grid inside, joined as `name`. */
async function joinParticipant(meetingName: string, name: string): Promise<Participant> {
  const joined = await joinedMeeting(
    meetingName,
    name,
    html`<chime-meeting no-prejoin
      ><chime-control-bar></chime-control-bar><chime-video-grid></chime-video-grid
    ></chime-meeting>`,
  );
  return {
    ...joined,
    bar: joined.container.querySelector('chime-control-bar')!,
    grid: joined.container.querySelector('chime-video-grid')!,
  };
}

type ButtonName = 'mute' | 'video' | 'share' | 'settings' | 'leave';
const tags: Record<ButtonName, string> = {
  mute: 'chime-mute-toggle',
  video: 'chime-video-toggle',
  share: 'chime-share-toggle',
  settings: 'chime-settings-button',
  leave: 'chime-leave-button',
};
const elementOf = (bar: ChimeControlBar, name: ButtonName) =>
  bar.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tags[name])!;
const buttonOf = (bar: ChimeControlBar, name: ButtonName) =>
  elementOf(bar, name).shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const labelOf = (bar: ChimeControlBar, name: ButtonName) => buttonOf(bar, name).textContent!.trim();
/** The reason a blocked button gives, as its accessible description. */
const reasonOf = (bar: ChimeControlBar, name: ButtonName) => {
  const button = buttonOf(bar, name);
  const id = button.getAttribute('aria-describedby');
  return id ? (elementOf(bar, name).shadowRoot!.getElementById(id)?.textContent ?? null) : null;
};
const tileFor = (grid: ChimeVideoGrid, attendeeId: string) =>
  grid.shadowRoot!.querySelector<ChimeVideoTile>(`chime-video-tile[attendee-id="${attendeeId}"]`);

/** Whether `node` is inside `container`, through shadow roots. */
function composedContains(container: Element, node: Node | null): boolean {
  while (node) {
    if (container.contains(node)) return true;
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return false;
}

/**
 * What has focus, for assertion messages: an element's part, or its text. (Comparing elements
 * themselves would make a failure message that the runner cannot serialize.)
 */
function focusedName(): string {
  const active = deepActiveElement();
  return active
    ? (active.getAttribute('part') ?? active.localName) + `: ${active.textContent!.trim()}`
    : 'nothing';
}

/** The focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<chime-control-bar> in a meeting', () => {
  let ana: Participant;
  let bo: Participant;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

  before(async () => {
    window.addEventListener('unhandledrejection', onUnhandled);
    // No colour transitions, so axe reads each button's colours as they settle, not halfway.
    await emulateMedia({ reducedMotion: 'reduce' });
    const meeting = uniqueMeetingName('control-bar');
    ana = await joinParticipant(meeting, 'Ana');
    bo = await joinParticipant(meeting, 'Bo');
    await waitFor(
      () => bo.meeting.session!.attendee(ana.attendeeId).present,
      'Bo sees Ana in the meeting',
      20_000,
    );
  });

  after(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await Promise.all([ana?.meeting.leave(), bo?.meeting.leave()]);
    ana?.container.remove();
    bo?.container.remove();
  });

  afterEach(() => {
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  it('is a labelled toolbar of the five buttons, each saying what it will do, and is accessible', async () => {
    const toolbar = ana.bar.shadowRoot!.querySelector('[part="toolbar"]')!;
    expect(toolbar.getAttribute('role')).to.equal('toolbar');
    expect(toolbar.getAttribute('aria-label')).to.equal('Meeting controls');
    const names: ButtonName[] = ['mute', 'video', 'share', 'settings', 'leave'];
    expect(names.map((name) => labelOf(ana.bar, name))).to.deep.equal([
      'Mute microphone',
      'Turn camera on',
      'Share screen',
      'Device settings',
      'Leave meeting',
    ]);
    expect(names.map((name) => buttonOf(ana.bar, name).getAttribute('aria-pressed'))).to.deep.equal([
      'true',
      'false',
      'false',
      null,
      null,
    ]);
    expect(buttonOf(ana.bar, 'settings').getAttribute('aria-haspopup')).to.equal('dialog');
    expect(buttonOf(ana.bar, 'settings').getAttribute('aria-expanded')).to.equal('false');
    expect(names.every((name) => !buttonOf(ana.bar, name).disabled)).to.equal(true);
    await expect(ana.bar).to.be.accessible();
  });

  it('mutes from the bar, and the other side sees the attendee muted', async () => {
    buttonOf(ana.bar, 'mute').click();
    await elementOf(ana.bar, 'mute').updateComplete;
    expect(ana.meeting.session!.muted).to.equal(true);
    const toggle = elementOf(ana.bar, 'mute');
    expect(toggle.hasAttribute('muted')).to.equal(true);
    expect(buttonOf(ana.bar, 'mute').getAttribute('aria-pressed')).to.equal('false');
    expect(labelOf(ana.bar, 'mute')).to.equal('Unmute microphone');
    await waitFor(
      () => bo.meeting.session!.attendee(ana.attendeeId).muted,
      'Bo’s session shows Ana muted',
      20_000,
    );
    await expect(toggle).to.be.accessible();
  });

  it('asks before unmuting: a cancelled chime-request-unmute keeps the microphone muted', async () => {
    expect(ana.meeting.session!.muted, 'muted by the previous test').to.equal(true);
    const requests: Event[] = [];
    const veto = (event: Event) => {
      requests.push(event);
      event.preventDefault();
    };
    ana.bar.addEventListener('chime-request-unmute', veto);
    try {
      buttonOf(ana.bar, 'mute').click();
      await elementOf(ana.bar, 'mute').updateComplete;
      expect(requests.length).to.equal(1);
      expect(requests[0]!.cancelable).to.equal(true);
      expect(ana.meeting.session!.muted).to.equal(true);
      expect(labelOf(ana.bar, 'mute')).to.equal('Unmute microphone');
    } finally {
      ana.bar.removeEventListener('chime-request-unmute', veto);
    }

    const request = oneEvent(ana.bar, 'chime-request-unmute');
    buttonOf(ana.bar, 'mute').click();
    await request;
    await elementOf(ana.bar, 'mute').updateComplete;
    expect(ana.meeting.session!.muted).to.equal(false);
    expect(labelOf(ana.bar, 'mute')).to.equal('Mute microphone');
    expect(buttonOf(ana.bar, 'mute').getAttribute('aria-pressed')).to.equal('true');
    await waitFor(
      () => !bo.meeting.session!.attendee(ana.attendeeId).muted,
      'Bo’s session shows Ana unmuted',
      20_000,
    );
  });

  it('disables unmuting, with the reason, while the meeting does not allow it', async () => {
    const audioVideo = ana.meeting.session!.audioVideo;
    audioVideo.realtimeMuteLocalAudio();
    audioVideo.realtimeSetCanUnmuteLocalAudio(false);
    try {
      const toggle = elementOf(ana.bar, 'mute');
      await toggle.updateComplete;
      const button = buttonOf(ana.bar, 'mute');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(reasonOf(ana.bar, 'mute')).to.equal('The meeting does not let you unmute right now');
      expect(button.title).to.equal('The meeting does not let you unmute right now');
      const requests: Event[] = [];
      const collect = (event: Event) => requests.push(event);
      ana.bar.addEventListener('chime-request-unmute', collect);
      button.click();
      await toggle.updateComplete;
      ana.bar.removeEventListener('chime-request-unmute', collect);
      expect(requests.length, 'no request while unmuting is not allowed').to.equal(0);
      expect(ana.meeting.session!.muted).to.equal(true);
      await expect(toggle).to.be.accessible();

      audioVideo.realtimeSetCanUnmuteLocalAudio(true);
      await toggle.updateComplete;
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
      expect(reasonOf(ana.bar, 'mute')).to.equal(null);
    } finally {
      audioVideo.realtimeSetCanUnmuteLocalAudio(true);
      audioVideo.realtimeUnmuteLocalAudio();
    }
  });

  it('turns the camera on from the bar, and the other side gets a live tile', async function () {
    this.timeout(60_000);
    buttonOf(ana.bar, 'video').click();
    await settle();
    await waitFor(() => !buttonOf(ana.bar, 'video').disabled, 'the camera button is usable again', 20_000);
    await elementOf(ana.bar, 'video').updateComplete;
    expect(buttonOf(ana.bar, 'video').getAttribute('aria-pressed')).to.equal('true');
    expect(labelOf(ana.bar, 'video')).to.equal('Turn camera off');
    await waitFor(
      () => tileFor(bo.grid, ana.attendeeId)?.hasAttribute('video-off') === false,
      'Bo’s tile for Ana shows video',
      20_000,
    );
    await expect(elementOf(ana.bar, 'video')).to.be.accessible();

    buttonOf(ana.bar, 'video').click();
    await settle();
    await waitFor(() => !buttonOf(ana.bar, 'video').disabled, 'the camera button is usable again', 20_000);
    expect(ana.meeting.session!.audioVideo.hasStartedLocalVideoTile()).to.equal(false);
    await waitFor(
      () => tileFor(bo.grid, ana.attendeeId)?.hasAttribute('video-off') === true,
      'Bo’s tile for Ana is video-off again',
      20_000,
    );
  });

  it('shares the screen from the bar, and the other side sees the share start and stop', async function () {
    this.timeout(60_000);
    const contentId = `${ana.attendeeId}#content`;
    const started = oneEvent(bo.meeting, 'chime-content-share-start');
    const request = oneEvent(ana.bar, 'chime-request-share');
    // Headless Chromium with its fake media UI answers getDisplayMedia with a screen, no picker.
    buttonOf(ana.bar, 'share').click();
    expect((await request).detail).to.deep.equal({ on: true });
    expect((await started).detail.sharerAttendeeId).to.equal(ana.attendeeId);
    await waitFor(() => tileFor(bo.grid, contentId) !== null, 'Bo’s grid shows Ana’s share', 20_000);
    const toggle = elementOf(ana.bar, 'share');
    await waitFor(() => toggle.hasAttribute('pressed'), 'the share button is on');
    await toggle.updateComplete;
    expect(buttonOf(ana.bar, 'share').getAttribute('aria-pressed')).to.equal('true');
    expect(labelOf(ana.bar, 'share')).to.equal('Stop sharing');
    expect(ana.meeting.session!.contentShareStatus.local).to.equal('sharing');
    await expect(toggle).to.be.accessible();

    const stopped = oneEvent(bo.meeting, 'chime-content-share-stop');
    buttonOf(ana.bar, 'share').click();
    await stopped;
    await toggle.updateComplete;
    expect(buttonOf(ana.bar, 'share').getAttribute('aria-pressed')).to.equal('false');
    expect(labelOf(ana.bar, 'share')).to.equal('Share screen');
    await waitFor(() => tileFor(bo.grid, contentId) === null, 'Ana’s share leaves Bo’s grid', 20_000);
  });

  it('treats a closed screen picker as no share, and reports a capture that fails', async () => {
    const devices = navigator.mediaDevices;
    const errors: ChimeContentShareErrorDetail[] = [];
    const collect = (event: CustomEvent<ChimeContentShareErrorDetail>) => errors.push(event.detail);
    ana.bar.addEventListener('chime-content-share-error', collect);
    // The browser's picker cannot be dismissed from a test: its two outcomes are played here.
    let failure = new DOMException('Permission denied', 'NotAllowedError');
    devices.getDisplayMedia = () => Promise.reject(failure);
    try {
      const press = async () => {
        buttonOf(ana.bar, 'share').click();
        await settle();
        await waitFor(() => !buttonOf(ana.bar, 'share').disabled, 'the share button is usable again');
        await elementOf(ana.bar, 'share').updateComplete;
      };
      await press();
      expect(errors, 'closing the picker is not an error').to.deep.equal([]);
      expect(buttonOf(ana.bar, 'share').getAttribute('aria-pressed')).to.equal('false');

      failure = new DOMException('Could not start video source', 'NotReadableError');
      await press();
      expect(errors).to.deep.equal([{ name: 'NotReadableError', message: 'Could not start video source' }]);
      expect(buttonOf(ana.bar, 'share').getAttribute('aria-pressed')).to.equal('false');
    } finally {
      delete (devices as Partial<MediaDevices>).getDisplayMedia;
      ana.bar.removeEventListener('chime-content-share-error', collect);
    }
  });

  it('is disabled, with the reason, while two others share (the meeting refuses a third)', async function () {
    this.timeout(90_000);
    const cy = await joinParticipant(ana.meeting.session!.configuration.externalMeetingId!, 'Cy');
    const canvases = [changingCanvas(), changingCanvas()];
    try {
      await bo.meeting.session!.audioVideo.startContentShare(canvases[0]!.stream);
      await cy.meeting.session!.audioVideo.startContentShare(canvases[1]!.stream);
      const toggle = elementOf(ana.bar, 'share');
      await waitFor(
        () => buttonOf(ana.bar, 'share').getAttribute('aria-disabled') === 'true',
        'Ana’s share button is disabled once two others share',
        20_000,
      );
      expect(reasonOf(ana.bar, 'share')).to.equal(
        'Two people are sharing already; the meeting cannot show a third share',
      );
      const requests: Event[] = [];
      const collect = (event: Event) => requests.push(event);
      ana.bar.addEventListener('chime-request-share', collect);
      buttonOf(ana.bar, 'share').click();
      await toggle.updateComplete;
      ana.bar.removeEventListener('chime-request-share', collect);
      expect(requests.length, 'no request while two others share').to.equal(0);
      expect(ana.meeting.session!.contentShareStatus.local).to.equal('none');
      await expect(toggle).to.be.accessible();

      bo.meeting.session!.audioVideo.stopContentShare();
      await waitFor(
        () => !buttonOf(ana.bar, 'share').hasAttribute('aria-disabled'),
        'Ana may share again once Bo stopped',
        20_000,
      );
    } finally {
      for (const canvas of canvases) canvas.stop();
      bo.meeting.session!.audioVideo.stopContentShare();
      await cy.meeting.leave();
      cy.container.remove();
    }
  });

  it('opens device settings in a modal dialog that Escape closes, focus returning to the button', async () => {
    const settings = elementOf(ana.bar, 'settings');
    const button = buttonOf(ana.bar, 'settings');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settings.updateComplete;
    const dialog = settings.shadowRoot!.querySelector<HTMLDialogElement>('[part="dialog"]')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const title = settings.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Device settings');
    expect(dialog.querySelector('chime-device-picker')).to.not.equal(null);
    expect(composedContains(dialog, deepActiveElement()), 'focus moved into the dialog').to.equal(true);
    await expect(settings).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitFor(() => button.getAttribute('aria-expanded') === 'false', 'the dialog closed');
    expect(dialog.open).to.equal(false);
    expect(settings.hasAttribute('open')).to.equal(false);
    expect(dialog.querySelector('chime-device-picker'), 'no picker holds devices while closed').to.equal(
      null,
    );
    expect(focusedName()).to.equal('button: Device settings');

    await sendKeys({ press: 'Space' });
    await settings.updateComplete;
    expect(dialog.open).to.equal(true);
    // Tab stays in the modal dialog (the device picker's fields, then its button).
    const closeButton = settings.shadowRoot!.querySelector('[part="close-button"]');
    for (let i = 0; i < 12 && deepActiveElement() !== closeButton; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (active && active !== document.body) {
        expect(composedContains(dialog, active), 'focus stays in the dialog').to.equal(true);
      }
    }
    expect(focusedName()).to.equal('close-button: Done');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => button.getAttribute('aria-expanded') === 'false', 'the dialog closed by its button');
    expect(focusedName()).to.equal('button: Device settings');
  });

  it('works from the keyboard alone: Tab walks the buttons in order, Space presses them', async () => {
    buttonOf(ana.bar, 'mute').focus();
    const order: string[] = [labelOf(ana.bar, 'mute')];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(deepActiveElement()!.textContent!.trim());
    }
    expect(order).to.deep.equal([
      'Mute microphone',
      'Turn camera on',
      'Share screen',
      'Device settings',
      'Leave meeting',
    ]);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    expect(focusedName()).to.equal('button: Mute microphone');
    await sendKeys({ press: 'Space' });
    await waitFor(() => ana.meeting.session!.muted, 'Space muted the microphone');
    await waitFor(() => bo.meeting.session!.attendee(ana.attendeeId).muted, 'Bo sees Ana muted', 20_000);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !ana.meeting.session!.muted, 'Enter unmuted it');
  });

  it('leaves only when the page lets it: chime-request-leave is cancelable', async function () {
    this.timeout(60_000);
    const cy = await joinParticipant(ana.meeting.session!.configuration.externalMeetingId!, 'Cy');
    try {
      await waitFor(() => ana.meeting.session!.attendee(cy.attendeeId).present, 'Ana sees Cy', 20_000);
      const veto = (event: Event) => event.preventDefault();
      cy.bar.addEventListener('chime-request-leave', veto);
      buttonOf(cy.bar, 'leave').click();
      cy.bar.removeEventListener('chime-request-leave', veto);
      // A frame sent after the click reaches Ana through the service: had the click sent LEAVE
      // first, the service would have dropped Cy before it.
      cy.meeting.session!.audioVideo.realtimeMuteLocalAudio();
      await waitFor(
        () => ana.meeting.session!.attendee(cy.attendeeId).muted,
        'Ana sees Cy mute after the vetoed leave',
        20_000,
      );
      expect(ana.meeting.session!.attendee(cy.attendeeId).present).to.equal(true);
      expect(cy.meeting.status).to.equal('joined');
      expect(cy.meeting.session!.state).to.equal('joined');

      const left = oneEvent(cy.meeting, 'chime-left');
      const seenLeaving = oneEvent(ana.meeting, 'chime-attendee-leave');
      buttonOf(cy.bar, 'leave').click();
      expect((await left).detail.statusCode).to.equal(1);
      const { detail } = await seenLeaving;
      expect(detail.attendeeId).to.equal(cy.attendeeId);
      expect(detail.dropped).to.equal(false);
      await waitFor(() => cy.meeting.status === 'left', 'Cy’s meeting shows it ended');
      await cy.bar.updateComplete;
      for (const name of ['mute', 'video', 'share', 'leave'] as const) {
        await elementOf(cy.bar, name).updateComplete;
        expect(buttonOf(cy.bar, name).disabled, `${name} outside the meeting`).to.equal(true);
      }
    } finally {
      await cy.meeting.leave();
      cy.container.remove();
    }
  });
});

describe('<chime-control-bar> outside a meeting', () => {
  it('shows disabled buttons (settings excepted) and is accessible', async () => {
    const bar = await fixture<ChimeControlBar>(html`<chime-control-bar></chime-control-bar>`);
    await Promise.all(
      (['mute', 'video', 'share', 'leave'] as const).map((n) => elementOf(bar, n).updateComplete),
    );
    for (const name of ['mute', 'video', 'share', 'leave'] as const) {
      expect(buttonOf(bar, name).disabled, name).to.equal(true);
    }
    expect(buttonOf(bar, 'settings').disabled).to.equal(false);
    await expect(bar).to.be.accessible();
  });

  it('leaves out the buttons the page does not want', async () => {
    const bar = await fixture<ChimeControlBar>(
      html`<chime-control-bar no-share no-settings><button>Raise hand</button></chime-control-bar>`,
    );
    const tagsShown = [...bar.shadowRoot!.querySelector('[part="toolbar"]')!.children].map(
      (el) => el.localName,
    );
    expect(tagsShown).to.deep.equal([
      'chime-mute-toggle',
      'chime-video-toggle',
      'slot',
      'chime-leave-button',
    ]);
    await expect(bar).to.be.accessible();
  });

  it('shows icons only when compact, keeping the labels as accessible names', async () => {
    const bar = await fixture<ChimeControlBar>(html`<chime-control-bar></chime-control-bar>`);
    const label = () => elementOf(bar, 'mute').shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
    expect(getComputedStyle(label()).clipPath).to.equal('none');

    bar.compact = true;
    await bar.updateComplete;
    await elementOf(bar, 'mute').updateComplete;
    expect(elementOf(bar, 'mute').hasAttribute('compact')).to.equal(true);
    expect(getComputedStyle(label()).clipPath).to.equal('inset(50%)');
    expect(label().textContent).to.equal('Mute microphone');
    await expect(bar).to.be.accessible();
  });

  it('takes translations registered for its language, and strings set on a button', async () => {
    registerTranslation('fr', {
      muteToggle: { mute: 'Couper le micro' },
      controlBar: { label: 'Commandes' },
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><chime-control-bar></chime-control-bar></div>`,
    );
    const bar = wrapper.querySelector('chime-control-bar')!;
    await elementOf(bar, 'mute').updateComplete;
    expect(labelOf(bar, 'mute')).to.equal('Couper le micro');
    expect(bar.shadowRoot!.querySelector('[part="toolbar"]')!.getAttribute('aria-label')).to.equal(
      'Commandes',
    );
    const leave = elementOf(bar, 'leave') as HTMLElement & {
      strings: object;
      updateComplete: Promise<boolean>;
    };
    leave.strings = { leave: 'Quitter' };
    await leave.updateComplete;
    expect(labelOf(bar, 'leave')).to.equal('Quitter');
  });

  it('lets the page style every inner button, or one of them, through exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .styled::part(button) { border-inline-start-width: 3px; }
      .styled::part(leave-button) { border-inline-start-width: 6px; }`;
    document.head.append(style);
    try {
      const bar = await fixture<ChimeControlBar>(
        html`<chime-control-bar class="styled"></chime-control-bar>`,
      );
      expect(getComputedStyle(buttonOf(bar, 'mute')).borderInlineStartWidth).to.equal('3px');
      expect(getComputedStyle(buttonOf(bar, 'leave')).borderInlineStartWidth).to.equal('6px');
    } finally {
      style.remove();
    }
  });
});
