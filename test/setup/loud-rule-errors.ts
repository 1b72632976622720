// Every unit test runs with rule errors thrown, not swallowed (src/rules/rule-errors.ts): a rule that
// breaks on some input fails the test that gave it that input.
import { onRuleError } from '../../src/rules/rule-errors';

export function throwRuleError(error: unknown, rule: string): never {
  throw new Error(`rule ${rule || '(anonymous)'} threw: ${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });
}

onRuleError(throwRuleError);
