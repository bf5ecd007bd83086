/** Bench drafts built from real agent replies (../shared/corpora) with heated sentences mixed in. */
import { agentReplies, hasTwitterCorpus } from '../corpus/corpora';

const HEATED = [
  'I ALREADY TOLD YOU the refund was sent!!!',
  'As I already said, you should have read the size chart before ordering.',
  "It's not our fault the courier lost it, we were very busy.",
  "Calm down, I'm sorry if you feel that way.",
  "So so sorry again, I just wanted to maybe ask if that's alright.",
];
const FALLBACK = [
  'Thanks for reaching out. Your order shipped today and the tracking number is in your email.',
  'Please reply with your order number and a photo of the damage, and we will sort it out.',
  'Sorry to hear the parcel is late. I have asked the carrier to trace it and will update you by Friday.',
];

export function draftOf(words: number): string {
  const base = hasTwitterCorpus ? agentReplies().map((r) => r.replace(/^(?:@\w+\s*)+/, '').replace(/https?:\/\/\S+/g, '').trim()).filter(Boolean) : FALLBACK;
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = i % 5 === 4 ? HEATED[(i / 5) % HEATED.length | 0] : base[i % base.length];
    out.push(s);
    n += s.split(/\s+/).length;
  }
  return out.join(' ');
}
