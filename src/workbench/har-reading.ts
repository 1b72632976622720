// What the page knows about the file being read, step by step: the one state the page renders.
import type { EntryRecord } from './entry-record';
import { entryRecord } from './entry-record';
import type { HarReply, HarSummary } from './worker-protocol';

export type FailureReason = 'har' | 'empty' | 'binary' | 'internal' | 'worker';

export type HarReading =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'diagnosing'; name: string; done: number; total: number }
  | { kind: 'failed'; name: string; reason: FailureReason; message?: string }
  | { kind: 'done'; name: string; summary: HarSummary; entries: EntryRecord[] };

/**
 * Follows the worker's replies for the file `name`. Batches of entries are collected without a state
 * change (nothing to show until the file is done); `reply` returns the state after each reply, or
 * undefined when it stays as it was.
 */
export function harReadingOf(name: string): { reply(reply: HarReply): HarReading | undefined } {
  const received: EntryRecord[] = [];
  return {
    reply(reply) {
      switch (reply.kind) {
        case 'reading':
          return { kind: 'reading', name };
        case 'diagnosing':
          return { kind: 'diagnosing', name, done: reply.done, total: reply.total };
        case 'entries':
          for (const entry of reply.diagnosed) received.push(entryRecord(entry));
          return undefined;
        case 'failed':
          return reply.message === undefined
            ? { kind: 'failed', name, reason: reply.reason }
            : { kind: 'failed', name, reason: reply.reason, message: reply.message };
        case 'done':
          return { kind: 'done', name, summary: reply.summary, entries: received };
      }
    },
  };
}
