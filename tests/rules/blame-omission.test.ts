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
  ],
});
