// Merges candidates per cause, scores and ranks them. Pure and deterministic: ties keep CAUSE_IDS order.
import {
  AUDIENCES,
  CAUSE_IDS,
  type Audience,
  type Cause,
  type CauseId,
  type Evidence,
  type Facts,
  type Message,
} from '../types';
import { actionsFor, forgetsLogin } from './actions';
import { GENERAL_ADVICE } from './general-advice';
import { type CauseCandidate, WEIGHT, msg } from '../causes/candidate';
import { mayBeLikely } from './likely-gate';

/** Direct evidence at least this heavy makes a cause `likely`; lighter direct notes only add detail. */
const LIKELY_WEIGHT = WEIGHT.moderate;

interface Merged {
  score: number;
  /** The heaviest single piece of direct evidence: how specific the case for this cause is. */
  peak: number;
  evidence: Evidence[];
  advice: Record<Audience, Message[]>;
}

// Duplicates are found by comparing with the (few) messages already taken: keys first, and the
// full id (params included) only when the keys are equal, which is rare.

export function rankCauses(candidates: readonly CauseCandidate[], facts: Facts): Cause[] {
  const merged = new Map<CauseId, Merged>();
  for (const c of candidates) {
    let m = merged.get(c.cause);
    if (m === undefined) {
      m = {
        score: 0,
        peak: 0,
        evidence: [],
        advice: { visitor: [], developer: [], owner: [] },
      };
      merged.set(c.cause, m);
    }
    m.score += c.weight;
    if (c.strength === 'direct' && c.weight > m.peak) m.peak = c.weight;
    const message = c.evidence.message;
    if (!m.evidence.some((e) => sameMessage(e.message, message))) m.evidence.push(c.evidence);
    if (c.advice === undefined) continue;
    for (const a of AUDIENCES) {
      const messages = c.advice[a];
      if (messages !== undefined) for (const advice of messages) pushUnique(m.advice[a], advice);
    }
  }
  const likely = likelyCause(merged, facts);
  const causes: Cause[] = [];
  for (const id of CAUSE_IDS) {
    const m = merged.get(id);
    if (m !== undefined && id !== 'unknown') causes.push(toCause(id, m, facts, id === likely));
  }
  // `unknown` evidence (a handshake step, a product's generic page) never makes it likely; it shows
  // when it weighs something of its own or when nothing else is likely.
  const unknown = merged.get('unknown');
  if (unknown !== undefined && (unknown.score > 0 || likely === undefined))
    causes.push(unknownCause(causes.length === 0, unknown, facts));
  else if (likely === undefined) causes.push(unknownCause(causes.length === 0, undefined, facts));
  // The likely cause leads; the rest by score. Array.prototype.sort is stable (ES2019), so equal scores
  // keep CAUSE_IDS order.
  causes.sort((a, b) => (a.likelihood === b.likelihood ? b.score - a.score : a.likelihood === 'likely' ? -1 : 1));
  return causes;
}

/**
 * At most one cause is `likely`: the one with the most specific direct evidence (its heaviest single
 * piece), the total score breaking ties. Two causes with direct evidence are two readings of one refusal
 * (a cached "invalid_token" and the cache that served it; "revoked" and the `invalid_token` it came
 * with): the more specific one is the answer, the other stays possible. A cause whose premise was not
 * seen (likely-gate.ts) cannot be it.
 */
function likelyCause(merged: ReadonlyMap<CauseId, Merged>, facts: Facts): CauseId | undefined {
  let best: CauseId | undefined;
  let bestMerged: Merged | undefined;
  for (const id of CAUSE_IDS) {
    const m = merged.get(id);
    if (m === undefined || m.peak < LIKELY_WEIGHT || !mayBeLikely(id, facts)) continue;
    if (
      bestMerged === undefined ||
      m.peak > bestMerged.peak ||
      (m.peak === bestMerged.peak && m.score > bestMerged.score)
    ) {
      best = id;
      bestMerged = m;
    }
  }
  return best;
}

function toCause(id: CauseId, m: Merged, facts: Facts, likely: boolean): Cause {
  const advice = { visitor: [...m.advice.visitor], developer: [...m.advice.developer], owner: [...m.advice.owner] };
  if (forgetsLogin(id, facts)) pushUnique(advice.visitor, msg('adv_visitor_private_window'));
  for (const a of AUDIENCES) for (const key of GENERAL_ADVICE[id][a]) pushUnique(advice[a], msg(key));
  return {
    id,
    likelihood: likely ? 'likely' : 'possible',
    score: m.score,
    evidence: m.evidence,
    advice,
    actions: actionsFor(id, facts),
  };
}

/** Nothing (or nothing solid) points anywhere: say so, and give the general checklist. */
function unknownCause(nothing: boolean, m: Merged | undefined, facts: Facts): Cause {
  const evidence = m !== undefined ? [...m.evidence] : [];
  if (m === undefined || m.score === 0)
    evidence.push({ message: msg(nothing ? 'ev_nothing_found' : 'ev_evidence_thin'), source: { kind: 'status' } });
  const advice = {
    visitor: [...(m?.advice.visitor ?? [])],
    developer: [...(m?.advice.developer ?? [])],
    owner: [...(m?.advice.owner ?? [])],
  };
  for (const a of AUDIENCES) for (const key of GENERAL_ADVICE.unknown[a]) pushUnique(advice[a], msg(key));
  return {
    id: 'unknown',
    likelihood: 'possible',
    score: m?.score ?? 0,
    evidence,
    advice,
    actions: actionsFor('unknown', facts),
  };
}

function messageId(m: Message): string {
  // Most messages have no params or one string/code: avoid JSON.stringify for those (hot path).
  if (m.params === undefined) return m.key;
  return `${m.key}:${m.params.map((p) => (typeof p === 'object' ? JSON.stringify(p) : String(p))).join('\u0000')}`;
}

/** Same key and params: the same message (messageId equal), checked cheaply first by key. */
function sameMessage(a: Message, b: Message): boolean {
  return a === b || (a.key === b.key && messageId(a) === messageId(b));
}

/** Appends `item` unless `list` already has the same message. */
function pushUnique(list: Message[], item: Message): void {
  if (!list.some((x) => sameMessage(x, item))) list.push(item);
}
