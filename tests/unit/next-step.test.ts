/**
 * The next-step check on fresh wordings (written for this file, none from a corpus): concrete steps count,
 * vague promises and courtesies do not (shared/LABELLING.md, nextStep).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules';

const present = (text: string) => analyze(text).checks.nextStep.present;

describe('next step: concrete steps', () => {
  it.each([
    'You will find the export under Account > Downloads.',
    'It is under Preferences - Alerts - Sound in the app.',
    'The colour can be changed via Profile -> Theme.',
    'Please double-check that the sound switch is on.',
    'Please take a look at the guide we link from the home screen.',
    'For a weekly list, simply pick the Repeat button and choose Weekly.',
    'We would suggest restarting the tablet before the next sync.',
    "It's necessary that you reinstall the widget once.",
    'Could you please also confirm the model of your printer?',
    "If you tell us which screen froze, we'll chase it down.",
    'Could you be a bit more specific about the missing invoices?',
    'When exactly does the screen go blank?',
    "We'll try to reproduce it on the same tablet this week.",
    'I will ask one of our night desk supervisors to ring you tomorrow.',
    'We have recently released a build that repairs the calendar import.',
    'Our courier partner can be reached on the number in the email, or you can reach them via Help - Deliveries.',
    'The new scanner mode will be launched in a few weeks.',
    'We will soon bring the old layout back as an option.',
    'Hello Maria, which page froze for you?',
    'Hi, what was the error message exactly?',
    'It is possible to add a second alarm to each habit.',
  ])('counts %s', (text) => expect(present(text)).toBe(true));
});

describe('next step: vague promises and courtesies', () => {
  it.each([
    'We will keep improving the timeline in future updates.',
    'It is possible that the parcel was held at customs.',
    'Hi Sam, thanks for the kind words.',
    'Ping me here, and let me know if you need additional questions answered.',
    'I would like to extend my sincerest apologies for the noise.',
    'Our managers will check what went wrong.',
    'Please visit us again when you are next in town.',
    'We will address this matter internally.',
    'I hope you find another app that suits you better.',
    "If you don't want to see the banner, the paid plan removes it.",
    'Check in was available from noon that day.',
    'I added it to development plans.',
  ])('does not count %s', (text) => expect(present(text)).toBe(false));
});

describe('next step: a request for details inside a rebuke is rhetorical', () => {
  it.each([
    'You obviously never opened the manual. Tell us which button you pressed.',
    'Maybe read the instructions before posting. What exactly went wrong for you?',
    'The fault is yours, you ignored the warning. If you can tell us the model, we will look.',
    "You clearly didn't bother to read the FAQ. Could you explain what you expected?",
    'Clearly you have not read the manual. Let us know what you were trying to do.',
  ])('does not count %s', (text) => expect(present(text)).toBe(false));
  it.each([
    'Which tablet are you using? We will check the logs.',
    'Tell us which button you pressed and we will go through it together.',
    'Could you explain what happened at checkout? Thanks for flagging it.',
    // An action on the case still counts beside a rebuke: only asking is rhetorical there.
    'You obviously never opened the manual. We have refunded the second charge.',
  ])('counts %s', (text) => expect(present(text)).toBe(true));
});

describe('next step: a question that opens with a courtesy asks for nothing', () => {
  it.each([
    'Hi Jo, is there anything else I can do for you?',
    'Did you have any other trouble with the bookings?',
  ])('does not count %s', (text) => expect(present(text)).toBe(false));
  it.each(['Which of your calendars stopped syncing, and did you have an error on screen?'])('counts %s', (text) => expect(present(text)).toBe(true));
});

describe('next step: more features in general, and what is free already, are not a step', () => {
  it.each([
    "We'll introduce lots of new features this year.",
    'We have released many useful improvements since then.',
    'You could create as many reminders as you like free of charge.',
    'You can sync two devices without paying anything.',
  ])('does not count %s', (text) => expect(present(text)).toBe(false));
  it.each(['We will add the weekly view you asked about in the spring build.'])('counts %s', (text) => expect(present(text)).toBe(true));
});

describe('next step: LABELLING examples and their constructions in fresh words', () => {
  it.each([
    // "our team will call you", "the concerned staff will be retrained": someone on the business side acts.
    'Our night porter will ring you this evening about the lost key.',
    'A colleague from the accounts desk will be getting in touch about the double charge.',
    'The receptionist involved has been spoken to by her manager.',
    'The barman concerned will undergo refresher training.',
    // "we will reduce the number of ads": a specific change.
    'We will shorten the onboarding to two screens.',
    'We are planning to rename the confusing Archive button.',
    "We've rolled back the change that hid your folders.",
    // A resolution on this case, told in the passive.
    'Your membership has now been reactivated.',
    'The broken kettle was replaced the same day.',
    'You will be reimbursed for the taxi fare.',
    // "this is fixed in the next update": a fix tied to a numbered release.
    'The duplicate-alarm bug is fixed as of build 512.',
    'Release 7.2 restores the old colour picker.',
    // Contact channels and instructions in other words.
    "Drop us a note via the feedback form and we'll dig in.",
    'Phone the concierge team on the number printed on your key card.',
    "You'll find the export switch under Backup in the side menu.",
    'The toggle to mute weekends is under the gear icon.',
    'Logging out and back in should clear the stuck badge.',
    'From next week the breakfast room opens at six.',
  ])('counts %s', (text) => expect(present(text)).toBe(true));
  it.each([
    'Our porter will keep working to improve.',
    'Your booking was cancelled because the card was declined.',
    'Our staff were trained to international standards.',
    'Restarting the phone will not help, the issue is on your side.',
    'Drop us a line if you ever want to chat.',
    'We have pushed the boundaries of what a planner can do.',
    "I'll transfer this idea to the product people.",
  ])('does not count %s', (text) => expect(present(text)).toBe(false));
});
