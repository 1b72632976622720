// What each rule contributes: one piece of evidence for one cause, with a weight.
// diagnose-facts.ts merges candidates per cause, sums weights and ranks.
import type { RuleMessageKey } from '../message-key';
import type {
  Audience,
  CauseId,
  DiagnoseContext,
  Evidence,
  EvidenceSource,
  Facts,
  Message,
  MessageParam,
} from '../types';

/** How much a piece of evidence says on its own. */
export type Strength =
  /** Points straight at the cause (an RFC 6750 error code, an expired `exp`, a known message). */
  | 'direct'
  /** Fits the cause but has other readings (history, missing headers). */
  | 'circumstantial';

export interface CauseCandidate {
  cause: CauseId;
  weight: number;
  strength: Strength;
  evidence: Evidence;
  /** Advice specific to this evidence, shown before the cause's general advice. */
  advice?: Partial<Record<Audience, Message[]>>;
}

export type Rule = (facts: Facts, context: DiagnoseContext) => CauseCandidate[];

/** Weights on one scale so that rules written apart still rank sensibly together. */
export const WEIGHT = {
  /** Proof on its own: 407 status, `Bearer undefined`, RFC 6750 code, expired `exp`. */
  decisive: 10,
  strong: 7,
  moderate: 5,
  weak: 3,
  hint: 2,
} as const;

export function msg(key: RuleMessageKey, ...params: MessageParam[]): Message {
  return params.length > 0 ? { key, params } : { key };
}

export function candidate(
  cause: CauseId,
  weight: number,
  strength: Strength,
  message: Message,
  source: EvidenceSource,
  advice?: Partial<Record<Audience, Message[]>>,
): CauseCandidate {
  return advice
    ? { cause, weight, strength, evidence: { message, source }, advice }
    : { cause, weight, strength, evidence: { message, source } };
}
