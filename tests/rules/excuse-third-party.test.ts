import rule from '../../rules/excuse-third-party';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'I contacted the courier and a new parcel leaves today.',
    'We fixed the payment bug on our side this morning.',
    'Please turn off battery saving for the app: Settings > Apps > Reminders.',
    'Our system now allows changes up to an hour before check-in.',
    'Alarms were late in older builds due to manufacturers making changes; version 5 fixes that.',
    'The screen repair is paid for by the manufacturer under warranty, so it costs you nothing.',
  ],
  invalid: [
    { text: 'It is due to a problem of Google which we can\'t influence.', spans: ['due to a problem of Google', "which we can't influence"] },
    { text: 'Delays happen because of a restriction by Apple.', spans: ['because of a restriction by Apple'], fresh: true },
    { text: 'That is simply an outage of Stripe.', spans: ['an outage of Stripe'], fresh: true },
    { text: 'These banners are chosen by the ad network.', spans: ['are chosen by the ad network'], fresh: true },
    { text: 'We honestly have no control over pricing.', spans: ['We honestly have no control over'], fresh: true },
    { text: 'Your bank is solely responsible for the hold.', spans: ['Your bank is solely responsible for'], fresh: true },
    { text: 'Kindly approach Expedia regarding your refund.', spans: ['approach Expedia regarding your refund'], fresh: true },
    { text: 'Our booking system cannot handle late changes.', spans: ['Our booking system cannot handle'], fresh: true },
    { text: 'The charge doubled due to a server glitch.', spans: ['due to a server glitch'], fresh: true },
    { text: 'Mistakes happen occasionally.', spans: ['Mistakes happen occasionally'], fresh: true },
    { text: 'We were overbooked that weekend.', spans: ['We were overbooked'], fresh: true },
    { text: 'It is an old building, so the pipes are noisy.', spans: ['is an old building'], fresh: true },
    { text: 'Backups stopped because of Apple’s stricter storage rules.', spans: ['because of Apple’s stricter storage rules'], fresh: true },
    { text: 'Widgets freeze due to a known Android redraw bug.', spans: ['due to a known Android redraw bug'], fresh: true },
    { text: 'Room prices are wholly dictated by the booking site.', spans: ['are wholly dictated by the booking site'], fresh: true },
  ],
});
