/** Does the reply offer a concrete next step or resolution ("I've sent a replacement", "please reply with your order number")? */
import { compileLexicon, matchLexicon } from '../lexicon/matcher';

const DO = '(?:send|sent|issue|issued|refund|refunded|process|processed|arrange|arranged|ship|shipped|dispatch|dispatched|post|posted|escalate|escalated|forward|forwarded|credit|credited|replace|replaced|reship|reshipped|resend|resent|cancel|cancelled|canceled|book|booked|open|opened|file|filed|raise|raised|contact|contacted|email|emailed|call|check|checked|look into|looked into|investigate|investigated|update|updated|follow up|followed up|get back to you|reach out|chase|chased|fix|fixed|reset|apply|applied|add|added|request|requested|create|created|upgrade|upgraded|confirm|confirmed|track|trace|keep you (?:updated|posted|informed)|let you know|make sure|ensure|have (?:a|it|this|that|the)|take care of|sort (?:this|it) out|help)';

export const NEXT_STEP = compileLexicon([
  { pattern: `(?:I|we)(?:'ve| have)(?: just| already| now)? ${DO}` },
  { pattern: `(?:I|we)(?:'ll| will| am going to| are going to|'m going to|'re going to)(?: now| personally| also| then| gladly| happily)? ${DO}` },
  { pattern: `(?:I|we)(?:'d| would) (?:be happy|be glad|love|like) to (?:help|${DO})` },
  { pattern: `(?:I|we)(?:'m| am|'re| are) (?:sending|issuing|refunding|processing|arranging|shipping|escalating|looking into|checking|investigating|replacing|resending)` },
  { pattern: `(?:I|we) (?:can|could) (?:offer|send|issue|refund|replace|arrange|help|check|look into)` },
  { pattern: `please (?:reply|respond|send|share|provide|let (?:us|me) know|DM|dm|message|reach out|contact|return|attach|try|check|use|click|tap|visit|follow|go to|head to|confirm|email|call|update|restart|reinstall|sign|log|open|select|include|forward|ship|post|keep|allow|wait|refer|see|read|fill|complete|submit|make sure|give)` },
  { pattern: `(?:can|could|would) you (?:please |kindly )?(?:send|share|provide|confirm|let (?:us|me) know|DM|dm|try|check|reply|tell|give|attach|forward|clarify|describe|follow|restart|reinstall|update|contact|email|reach out|make sure)` },
  { pattern: `(?:let (?:us|me) know|keep (?:us|me) posted|get in touch|reach out to (?:us|me|our)|send us a (?:DM|dm|message|note|email))` },
  { pattern: `(?:you(?:'ll| will) (?:receive|get|see|have)|you should (?:receive|get|see) (?:it|your|a|an|the))` },
  { pattern: `(?:a|your|the) (?:full |partial )?(?:refund|replacement|return label|credit|voucher|tracking number|new one) (?:has been|is being|will be|is on its way|was) (?:issued|sent|processed|arranged|dispatched|shipped|posted|emailed|applied|created)?` },
  { pattern: `(?:here's|here is) (?:how|what (?:I|we|you) (?:can|will))|(?:the )?next step is|(?:you can|you could) (?:request|return|appeal|contact|find|use|reset|try|visit|check|track|reach|send|reply|open|start|update|download|cancel|change|view|see|learn|follow)` },
  { pattern: `(?:by|before|on|until|within) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|the day|the week|business)|EOD|\\d+ (?:hours?|days?|business days|working days))` },
  { sentenceStart: true, pattern: `(?:try|restart|reinstall|update|visit|go to|head to|follow|click|tap|open|check out|reach out|contact|DM|dm|send us|email us|call us)(?= |:)` },
]);

export function nextStepSpans(text: string) {
  return matchLexicon(NEXT_STEP, text).map(({ start, end }) => ({ start, end }));
}
