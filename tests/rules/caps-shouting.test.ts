import rule from '../../rules/caps-shouting';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
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
  ],
});
