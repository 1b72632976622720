// What the page knows about the file being read, step by step: the one state the page renders.
import type { EntryRecord } from './entry-record';
import type { HarReply, HarSummary } from './worker-protocol';
import { entryRecord } from './entry-record';

export type HarReading =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'diagnosing'; name: string; done: number; total: number }
  | { kind: 'failed'; name: string; reason: 'har' | 'empty' | 'binary' | 'internal' | 'worker'; message?: string }
  | { kind: 'done'; name: string; summary: HarSummary; entries: EntryRecord[] };

/** The state after one reply of the worker for the file `name`. */
export function nextReading(name: string, reply: HarReply): HarReading {
  switch (reply.kind) {
    case 'reading':
      return { kind: 'reading', name };
    case 'diagnosing':
      return { kind: 'diagnosing', name, done: reply.done, total: reply.total };
    case 'failed':
      return reply.message === undefined
        ? { kind: 'failed', name, reason: reply.reason }
        : { kind: 'failed', name, reason: reply.reason, message: reply.message };
    case 'done':
      return { kind: 'done', name, summary: reply.summary, entries: reply.diagnosed.map(entryRecord) };
  }
}
