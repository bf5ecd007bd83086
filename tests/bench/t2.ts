import { analyze } from '/work/main/rules/index';
const incoming = 'Where is my order??? This is ridiculous, it never arrived.';
for (const d of [
  "I ALREADY TOLD YOU!!! As I already said, you should have read the size chart. It's not our fault, the courier lost it. Calm down.",
  'Hi Sarah,\nYou should have measured the window first, it is 40 cm. We were very busy last week so it shipped late on 12 June.\n\nBest regards,\nJOHN SMITH\nACME LTD',
  "Sorry if you feel that way. Mistakes were made. We have thousands of happy customers. Order #A-1234 shipped via USPS.",
  "So so sorry!! Sorry again, please forgive me. I just wanted to maybe ask if that's alright. We'll do whatever you want.",
  "If you had checked the listing, you would know it is blue. That's simply not true, we sent it on Monday.",
  'Thanks for your order, it ships tomorrow.',
]) {
  const a = analyze(d, { incoming, settings: { policies: { refunds: 'Refunds are issued within 5 days of the return arriving' } } });
  console.log('---\n' + d + '\n  CALMER: ' + a.rewrites.calmer + '\n  FIRMER: ' + a.rewrites.firmer);
}
