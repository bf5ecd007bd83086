import rule from '../../rules/blame-should-have';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "You should have a reply from our manager by tomorrow.",
    'You must have been so worried when it did not arrive.',
    'If you had any questions, I am happy to help.',
    'You should have it by Friday.',
    'You should receive the refund within 5 days.',
    'You could have a replacement or a refund, whichever you prefer.',
    'I should have checked the address before posting it.',
    'You must have felt let down.',
    "You should've received an email with the tracking number.",
    'We are sorry for the noise you might have endured on the second night.',
    'Any delay you must have faced at the desk is on us.',
    'Whatever trouble you might have encountered, our porter will sort it out.',
  ],
  invalid: [
    { text: 'Had you read the leaflet, the battery would be fine.', spans: ['Had you read the leaflet, the battery would be fine'], output: 'The leaflet has the details.', fresh: true },
    { text: 'You should have read the size chart before ordering.', spans: ['You should have read the size chart before ordering'], output: "The size chart lists the exact measurements." },
    { text: 'If you had checked the listing, you would know.', spans: ['If you had checked the listing, you would know'], output: "The listing shows the details." },
    { text: 'you must have dropped it', spans: ['you must have dropped it'], output: "I want to find out what happened" },
    { text: 'You could’ve measured the window first.', spans: ['You could’ve measured the window first'], output: "It helps to measure the window first." },
    { text: 'Had you followed the instructions, it would work.', spans: ['Had you followed the instructions, it would work'], output: "It helps to follow the instructions." },
    { text: "You ought to have told reception about the shower.", spans: ["You ought to have told reception about the shower"], output: "It helps to tell reception about the shower.", fresh: true },
    { text: "You should've updated the app before writing this review.", spans: ["You should've updated the app before writing this review"], output: "It helps to update the app before writing this review.", fresh: true },
    { text: "You shouldn't have unplugged the router mid-update.", spans: ["You shouldn't have unplugged the router mid-update"], output: "It helps not to unplug the router mid-update.", fresh: true },
    { text: "If you'd simply restarted your phone, the sync would have resumed.", spans: ["If you'd simply restarted your phone, the sync would have resumed"], output: "It helps to restart your phone.", fresh: true },
    { text: "You could easily have checked the room description.", spans: ["You could easily have checked the room description"], output: "The room description shows the details.", fresh: true },
    { text: "Had you only asked at the desk, we would have moved you.", spans: ["Had you only asked at the desk, we would have moved you"], output: "It helps to ask at the desk.", fresh: true },
    { text: "You must have skipped the setup step.", spans: ["You must have skipped the setup step"], output: "I want to find out what happened.", fresh: true },
    { text: "You should have contacted us before leaving a one-star review.", spans: ["You should have contacted us before leaving a one-star review"], output: "It helps to contact us before leaving a one-star review.", fresh: true },
  ],
});
