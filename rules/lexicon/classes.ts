/**
 * Word classes the constructions are written in: who the subject is, what the verb does, who gets the
 * fault. Data a reviewer can read without reading matching code; each word is a small regex source.
 * `{NAME}` in a construction expands to the class (see construct.ts).
 */
export interface WordClass {
  note: string;
  source: string;
  words: string[];
}

const GUIDE = 'shared/LABELLING.md';

export const CLASSES = {
  /** The business speaking. */
  WE: {
    note: 'The writer or their business as the subject.',
    source: GUIDE,
    words: ['we', 'I', 'our team', 'the team', 'the hotel', 'the shop', 'the store', 'the management'],
  },
  /** What the business sells or runs: the thing a complaint is about. */
  PRODUCT: {
    note: 'What the business sells or runs, named as the thing at fault or not at fault.',
    source: GUIDE,
    words: [
      '(?:the |our |my |this )?(?:app|application|software|program|tool|product|item|extension|website|site|system|service|hotel|property|shop|store|widget|game|plugin)',
      'us',
      'me',
    ],
  },
  /** Anyone but the writer and the customer: the usual targets of an excuse. */
  THIRD: {
    note: 'A third party the fault is handed to: a platform, maker, carrier, bank or booking site.',
    source: `${GUIDE} (excuse: third party); Just Not Sorry and support-training material on deflection`,
    words: [
      'google(?: play)?',
      'apple',
      'android',
      'ios',
      'microsoft',
      'windows',
      'samsung',
      'xiaomi',
      'huawei',
      'oneplus',
      'oppo',
      'motorola',
      '(?:the |your |phone |device )?manufacturers?',
      '(?:the |your )?(?:device|phone|operating system|os|browser|firmware|carrier|network|provider|isp)',
      '(?:the |your )?(?:play store|app store|store)',
      '(?:the |an? )?(?:ad|advertising) (?:network|provider|partner|compan(?:y|ies))',
      '(?:the |our )?(?:partner|provider|supplier|vendor|factory|contractor|laundry|third[- ]party(?: \\w+)?)',
      '(?:the )?(?:courier|post office|postal service|royal mail|usps|ups|fedex|dhl|dpd|evri|hermes|canada post|australia post)',
      '(?:the |your )?(?:bank|card issuer|paypal|stripe)',
      '(?:the )?(?:booking site|travel agent|travel agency|ota|booking\\.com|expedia|agoda|airbnb|tripadvisor)',
      'amazon',
      'ebay',
      'etsy',
      'shopify',
      '(?:the )?(?:government|council|weather|airline)',
    ],
  },
  /** A form of "to be" after a subject. */
  BE: {
    note: 'A form of "to be".',
    source: 'English grammar',
    words: ["'s", "'re", ' is', ' are', ' was', ' were'],
  },
  /** Saying sorry, in any register. */
  SORRY: {
    note: 'The apology word itself, with or without a subject.',
    source: GUIDE,
    words: [
      "(?:(?:we|I)(?:'re|'m| are| am) )?(?:so |very |really |truly |terribly |extremely )?sorry",
      "(?:(?:we|I) )?(?:sincerely |deeply |truly )?apologi[sz]e",
      '(?:my |our )?(?:sincere |deepest |humble )?apologies',
      '(?:(?:we|I) )?(?:sincerely |deeply )?regret',
    ],
  },
  /**
   * The apology word alone, for patterns that must start on it (a leading optional "we're so" keeps the
   * regex engine from skipping ahead); the rule takes the words before it into the span itself.
   */
  SORRY_WORD: {
    note: 'The apology word itself.',
    source: GUIDE,
    words: ['sorry', 'apologi[sz]e', 'apologies', 'regret'],
  },
  /** Contacting the business: what a customer "should have" done first. */
  CONTACT: {
    note: 'Reaching the business directly: what a blaming reply says the customer failed to do.',
    source: GUIDE,
    words: ['emailed', 'e-mailed', 'e-mail(?:ed)?', 'email', 'contacted', 'contact', 'messaged', 'message', 'asked', 'ask', 'written', 'wrote', 'write', 'called', 'call', 'told', 'tell', 'reached out', 'reach out', 'got in touch', 'get in touch', 'let (?:me|us) know'],
  },
  /** Reading and checking verbs: what the customer is told they did not do. */
  READ: {
    note: 'Reading and checking: what a blaming reply says the customer did not do.',
    source: GUIDE,
    words: ['read', 'check(?:ed)?', 'look(?:ed)? at', 'follow(?:ed)?', 'notice(?:d)?', 'see', 'seen', 'open(?:ed)?', 'pay attention to', 'paid attention to', 'scroll(?:ed)?', 'look(?:ed)?'],
  },
  /** Where the business wrote something down: what a blaming reply says the customer should have read. */
  DOCUMENT: {
    note: 'A page, listing or paper the business wrote the facts in; "it is stated in the X" tells the customer they did not read it.',
    source: `${GUIDE} (blame: "you did not read")`,
    words: [
      '(?:app |product |item |room |store |online )?(?:description|listing)',
      '(?:online |in-app )?(?:help|faqs?|manual|guide|instructions|documentation|tutorial)',
      '(?:play ?store|app store|store page|web ?site|site|web ?page|page|screenshots?|photos?|pictures?|images?)',
      '(?:booking|reservation)(?: confirmation| voucher| page| details)?',
      '(?:confirmation|voucher|invoice|receipt|contract|agreement|brochure|notice|sign|signs)',
      '(?:terms|t&cs?|policy|policies|house rules|rules|conditions)',
      '(?:confirmation |booking )?(?:email|e-mail|mail)',
    ],
  },
  /** Telling: what a rhetorical "if you don't … nothing changes" asks the customer to do. */
  EXPLAIN: {
    note: 'Explaining or describing: what the customer is told they failed to give.',
    source: GUIDE,
    words: ['explain', 'tell (?:us|me)', 'say', 'give (?:us |me )?(?:more )?(?:details|the reason|a reason|reasons)', 'share', 'describe', 'specify', 'let (?:us|me) know'],
  },
  /** Where a complaint belongs before it becomes a review. */
  COMPLAINING: {
    note: 'Complaining in public instead of asking: the act a blaming reply holds against the customer.',
    source: GUIDE,
    words: [
      'complaining',
      'coming here to complain',
      'coming here',
      'getting (?:angry|annoyed|upset|mad)',
      '(?:leaving|giving|posting|writing) (?:a |this |such a )?(?:low |bad |negative |one[- ]star |1[- ]star )?(?:review|rating|feedback|score)',
      'changing (?:your|the) (?:review|rating|score)',
      'rating',
      'ranting',
      'shouting',
    ],
  },
  /** Contempt words: insults aimed at a person. */
  INSULT: {
    note: 'Words of contempt for a person.',
    source: 'toxic-comment research (insult, identity attack); retext-profanities',
    words: ['idiots?', 'morons?', 'stupid', 'dumb', 'useless', 'incompetent', 'pathetic', 'clowns?', 'scammers?', 'crooks?', 'thie(?:f|ves)', 'liars?', 'jokes?', 'imbeciles?', 'losers?', 'fools?', 'retards?', 'trash', 'garbage', 'worthless', 'bunch of \\w+'],
  },
} satisfies Record<string, WordClass>;

export type ClassName = keyof typeof CLASSES;

/**
 * The words that lead into an apology word, read backwards from it ("We are extremely | sorry if…",
 * "I do | apologise…"): a finding that starts at the apology word takes them in, or a fix would leave
 * "We are extremely." behind.
 */
export const APOLOGY_LEAD = /(?:(?:(?:we|I)(?:'re|’re|'m|’m| are| am) |(?:my|our) )?(?:(?:so|very|really|truly|terribly|extremely|sincerely|deeply|sincere|deepest|humble|awfully) ){0,2}|(?:we|I) (?:(?:\w+ly|do) ){0,2})$/i;
