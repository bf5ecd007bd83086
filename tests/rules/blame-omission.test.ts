import rule from '../../rules/blame-omission';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'You should have received a confirmation email; I have resent it.',
    'If you tell us the order number, we will check it today.',
    'If you had any trouble with the form, I can fill it in for you.',
    'Sorry you were confused by the menu; it is clearer in the new version.',
    'You did not need to do anything, the refund is automatic.',
    'I can see you set the alarm for 7am, and it still did not ring.',
    'The steps are explained in our setup guide, and I am glad to walk you through them.',
    'As described on the page below, the export sits under Settings.',
    'This is listed as a known bug and a fix ships on Monday.',
    'The fix is in your hands as much as ours: tell us which screen froze.',
  ],
  invalid: [
    { text: 'You might simply have messaged us first.', spans: ['You might simply have messaged'], fresh: true },
    { text: 'Perhaps if you had only scrolled down, you would have found it.', spans: ['Perhaps if you had only scrolled'], fresh: true },
    { text: 'Maybe if you actually read our emails you would know your parcel is in the depot.', spans: ['Maybe if you actually read'] },
    { text: 'Instead of ranting here, write to support.', spans: ['Instead of ranting'], fresh: true },
    { text: 'Please ask us before posting such a bad review.', spans: ['before posting such a bad review'], fresh: true },
    { text: 'You will have received the prompt when installing.', spans: ['You will have received the prompt'], fresh: true },
    { text: 'It appears you disabled the notifications yourself.', spans: ['It appears you disabled'], fresh: true },
    { text: 'Clearly you picked too few repeats.', spans: ['you picked too few'], fresh: true },
    { text: 'The answer lies with your own settings.', spans: ['The answer lies with your own settings'], fresh: true },
    { text: 'You chose not to tell the front desk.', spans: ['You chose not to tell'], fresh: true },
    { text: 'That is a vase you broke yourself.', spans: ['you broke yourself'] },
    { text: 'You probably uninstalled the update.', spans: ['You probably uninstalled'], fresh: true },
    { text: 'Guests were clearly warned about the pool hours, and you were advised too.', spans: ['you were advised'], fresh: true },
    { text: 'At no time did you raise it with staff.', spans: ['At no time did you'], fresh: true },
    { text: 'Rooms hold two adults at most, which was clearly specified on the reservation voucher.', spans: ['which was clearly specified on the reservation voucher'], fresh: true },
    { text: 'Pets are not admitted and this was printed in our house rules.', spans: ['this was printed in our house rules'], fresh: true },
    { text: "Late arrival fees? They're displayed on the hotel's booking page.", spans: ["They're displayed on the hotel's booking page"], fresh: true },
    { text: 'Monthly billing? That has been specified in the store listing since launch.', spans: ['That has been specified in the store listing'], fresh: true },
  ],
});
