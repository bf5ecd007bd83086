/** Words for how a customer feels; used to tell empathy ("obviously upset") from condescension. */
export const FEELING_WORDS =
  'frustrat\\w*|upset\\w*|annoy\\w*|disappoint\\w*|angry|anger|stress\\w*|worr\\w*|inconvenien\\w*|concern\\w*|confus\\w*|unhappy|irritat\\w*|aggravat\\w*|infuriat\\w*|exasperat\\w*|let down|fed up|hurt|difficult|hard|unacceptable|awful|terrible|not (?:good enough|okay|ok|acceptable)';
