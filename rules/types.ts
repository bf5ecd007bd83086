/** The finding categories. The first eight are "calm" categories (heat); `unfinished` is a placeholder still to fill in. */
export const CATEGORIES = [
  'caps',
  'exclamation',
  'defensive',
  'blame',
  'excuse',
  'sarcasm',
  'hostile',
  'non-apology',
  'over-apology',
  'hedging',
  'unfinished',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories whose findings make a reply read as heated. */
export const CALM_CATEGORIES: readonly Category[] = CATEGORIES.slice(0, 8);
/** Categories whose findings make a reply read as a pushover. */
export const FIRM_CATEGORIES: readonly Category[] = ['over-apology', 'hedging'];

/** How sure and how serious: low shows only on "strict", medium on "standard", high always. */
export type Severity = 'low' | 'medium' | 'high';

/** One flagged span. Offsets are half-open UTF-16 code units of the draft. */
export interface Finding {
  category: Category;
  rule: string;
  start: number;
  end: number;
  text: string;
  severity: Severity;
  message: string;
  replacement?: string;
  note?: string;
  source?: string;
}

/** Whether a part of a good reply is there, and where. */
export interface Check {
  present: boolean;
  start?: number;
  end?: number;
  /** Set when the check is missing and the customer's situation makes it matter most. */
  important?: boolean;
}

export interface Checks {
  apology: Check;
  acknowledgement: Check;
  nextStep: Check;
}

export const SITUATIONS = [
  'angry',
  'confused',
  'problem',
  'abusive',
  'exploiting',
  'repeat-failure',
  'repeat-mistake',
  'dishonest',
] as const;
/** What the customer's message shows. `dishonest` is only ever set by the user. */
export type Situation = (typeof SITUATIONS)[number];

/** Where a draft sits on two scales, each 0 to 1: calm to heated, and firm to pushover. */
export interface Tone {
  heat: number;
  pushover: number;
}

export type RewriteMode = 'calmer' | 'firmer';

export interface Rewrites {
  calmer: string;
  firmer: string;
}

/** Everything the engine says about one draft. */
export interface Analysis {
  findings: Finding[];
  checks: Checks;
  situations: Situation[];
  advice: string[];
  /** Calm to heated and firm to pushover, from the findings and the learned tone model. */
  tone: Tone;
  /** Set when the draft is not judged: not English, or nothing of the writer's own. */
  skipped?: 'not-english' | 'empty';
  /** Set when the draft was longer than the engine analyses: only text before this offset was judged. */
  truncatedAt?: number;
}

export type Sensitivity = 'gentle' | 'standard' | 'strict';

/** A phrase the user asked to flag. */
export interface CustomPhrase {
  phrase: string;
  message: string;
  replacement?: string;
  category?: Category;
}

/** Policy text the firmer rewrite may cite. */
export interface PolicySnippets {
  returns?: string;
  refunds?: string;
  shipping?: string;
}

/** The part of the user's settings the engine reads. */
export interface EngineSettings {
  sensitivity: Sensitivity;
  categories: Record<Category, boolean>;
  ignoreWords: string[];
  customPhrases: CustomPhrase[];
  policies: PolicySnippets;
  /** Situations the user set by hand; replaces the detected ones when given. */
  situationOverride?: Situation[];
  /** The user's own sign-off lines ("Warmly", "The Acme team"): where a signature starts. */
  signOffs?: string[];
  /** Judge the greeting and signature too (by default they are left alone). */
  judgeGreetingAndSignature?: boolean;
}

export interface AnalyzeContext {
  incoming?: string;
  settings?: Partial<EngineSettings>;
}
