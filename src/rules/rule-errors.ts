// What happens when one cause's rule throws. In production the error is swallowed: one rule tripping
// over odd Facts (stored by an older version, a hostile header) must not cost the others. In tests it
// is thrown (test/setup/loud-rule-errors.ts), so the "never throws" property tests see a broken rule
// instead of a quietly shorter diagnosis.

type RuleErrorHandler = (error: unknown, rule: string) => void;

const swallow: RuleErrorHandler = () => {};
let handler: RuleErrorHandler = swallow;

/** Tests only: be told of every rule error (throw it to make it fail the test). */
export function onRuleError(next: RuleErrorHandler | undefined): void {
  handler = next ?? swallow;
}

export function ruleFailed(error: unknown, rule: string): void {
  handler(error, rule);
}
