// The keys of the rule module's messages, taken from the English catalogue: a misspelt key in a rule
// is a compile error, not a raw id shown to a visitor. Type only: nothing is imported at run time.
import type rulesCatalog from '../locales/en/rules.json';

export type RuleMessageKey = keyof typeof rulesCatalog;

/** `jwt-wrong-part-count` -> `jwt_wrong_part_count` at the type level, for keys built from ids. */
export type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
