import rule from '../../rules/caps-shouting';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Our TV channels include BBC and CNN.",
    "The NHS app works with the PDF export.",
    'Your parcel is with USPS and the label is in the PDF.',
    'The SKU AB-1234 is back in stock; order ID 88231-XK ships today.',
    'I checked with UPS and DHL, and the ETA is Friday.',
    'I will send it ASAP. FYI the VAT is included.',
    'I think the item will arrive on Monday.',
    'Thanks,\nJOHN SMITH\nACME TRADING LTD',
    'Best regards,\nMARIA GARCIA',
    'We shipped it to the US office.',
    'The IT team fixed the PS5 bundle listing.',
    'A new one is on the way.',
    'We follow the WHO guidance on masks.',
    'Details are at https://example.com/FAQ/RETURNS-POLICY.',
  ],
  invalid: [
    { text: 'I ALREADY TOLD YOU the refund was sent.', spans: ['I ALREADY TOLD YOU'], output: "I already told you the refund was sent." },
    { text: 'Please do NOT open the box.', spans: ['NOT'], output: "Please do not open the box." },
    { text: 'NO REFUNDS after 30 days.', spans: ['NO REFUNDS'], output: "No refunds after 30 days." },
    { text: 'This is the LAST time I explain it.', spans: ['LAST'], output: "This is the last time I explain it." },
    { text: 'READ THE LISTING before you buy.', spans: ['READ THE LISTING'], output: "Read the listing before you buy." },
    { text: 'Check the USPS TRACKING page.', spans: ['TRACKING'], output: "Check the USPS tracking page." },
    { text: 'You NEVER answered my question and I WILL NOT wait.', spans: ['NEVER', 'I WILL NOT'], output: "You never answered my question and I will not wait." },
    { text: "We DID refund the deposit on Monday.", spans: ["DID"], output: "We did refund the deposit on Monday.", fresh: true },
    { text: "The pool is CLOSED after 10pm.", spans: ["CLOSED"], output: "The pool is closed after 10pm.", fresh: true },
    { text: "The app is COMPLETELY free to download.", spans: ["COMPLETELY"], output: "The app is completely free to download.", fresh: true },
    { text: "Please read the FAQ BEFORE writing a review.", spans: ["BEFORE"], output: "Please read the FAQ before writing a review.", fresh: true },
    { text: "Your booking was NEVER cancelled by us.", spans: ["NEVER"], output: "Your booking was never cancelled by us.", fresh: true },
    { text: "We have ALWAYS honoured the warranty.", spans: ["ALWAYS"], output: "We have always honoured the warranty.", fresh: true },
    { text: "Check-in starts at 3pm, NOT BEFORE.", spans: ["NOT BEFORE"], output: "Check-in starts at 3pm, not before.", fresh: true },
    { text: "The charger is sold SEPARATELY, as the listing says.", spans: ["SEPARATELY"], output: "The charger is sold separately, as the listing says.", fresh: true },
    { text: "Your VPN blocks the sync, so turn it OFF first.", spans: ["OFF"], output: "Your VPN blocks the sync, so turn it off first.", fresh: true },
  ],
});
