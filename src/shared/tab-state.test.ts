import { describe, expect, it } from 'vitest';
import type { Diagnosis, Exchange } from '../rules/types';
import { T0, diagnosedRefusal } from '../background/testing/diagnosed-refusal';
import { addObservation, emptyTabState, observationKey, replaceObservation } from './tab-state';

function refusal(path: string, at: number, headers: Exchange['responseHeaders'] = []): Diagnosis {
  return diagnosedRefusal(path, at, { responseHeaders: headers });
}

describe('addObservation', () => {
  it('dedupes the same method, URL and cause into one record with a count and first/last time', () => {
    let state = emptyTabState(7, 'https://app.example.com/');
    state = addObservation(state, refusal('/me', T0));
    state = addObservation(state, refusal('/me', T0 + 5_000));
    state = addObservation(state, refusal('/me', T0 + 9_000));
    expect(state.records).toHaveLength(1);
    expect(state.records[0]).toMatchObject({ count: 3, firstAt: T0, lastAt: T0 + 9_000 });
    expect(state.total).toBe(3);
  });

  it('keeps distinct URLs apart', () => {
    let state = emptyTabState(7, 'https://app.example.com/');
    state = addObservation(state, refusal('/a', T0));
    state = addObservation(state, refusal('/b', T0 + 1));
    expect(state.records.map((record) => new URL(record.url).pathname)).toEqual(['/a', '/b']);
  });

  it('caps the records, dropping the least recently seen first', () => {
    let state = emptyTabState(7, 'https://app.example.com/');
    for (let i = 0; i < 10; i++) state = addObservation(state, refusal(`/r${i}`, T0 + i), 4);
    state = addObservation(state, refusal('/r6', T0 + 100), 4);
    expect(state.records.map((record) => new URL(record.url).pathname)).toEqual(['/r7', '/r8', '/r9', '/r6']);
    expect(state.total).toBe(11);
  });

  it('stays bounded in a storm of 10,000 refusals of 10,000 different URLs', () => {
    let state = emptyTabState(7, 'https://app.example.com/');
    for (let i = 0; i < 10_000; i++) state = addObservation(state, refusal(`/storm/${i}`, T0 + i));
    expect(state.records.length).toBeLessThanOrEqual(50);
    expect(state.total).toBe(10_000);
    expect(JSON.stringify(state).length).toBeLessThan(1_000_000);
  });
});

describe('replaceObservation', () => {
  const bearer = [{ name: 'Authorization', value: 'Bearer abc.def' }];
  const withBody = (path: string, at: number, body: string) =>
    diagnosedRefusal(path, at, { requestHeaders: bearer, responseBody: body });
  const headersOnly = (path: string, at: number) => diagnosedRefusal(path, at, { requestHeaders: bearer });

  it('moves one count from the header-only record to the body-informed one, keeping the total', () => {
    const before = headersOnly('/me', T0);
    const after = withBody('/me', T0, '{"message":"jwt expired"}');
    expect(after.causes[0]?.id).not.toBe(before.causes[0]?.id);
    let state = emptyTabState(7, 'https://app.example.com/');
    state = addObservation(state, before);
    state = addObservation(state, headersOnly('/me', T0 + 1));
    const replaced = replaceObservation(state, before, after);
    expect(replaced.total).toBe(2);
    const counts = Object.fromEntries(replaced.records.map((record) => [record.diagnosis.causes[0]?.id, record.count]));
    expect(counts).toEqual({ [before.causes[0]?.id ?? '']: 1, [after.causes[0]?.id ?? '']: 1 });
  });

  it('removes the header-only record when its last count moves', () => {
    const before = headersOnly('/me', T0);
    const after = withBody('/me', T0, '{"message":"jwt expired"}');
    const state = addObservation(emptyTabState(7, 'https://app.example.com/'), before);
    const replaced = replaceObservation(state, before, after);
    expect(replaced.records).toHaveLength(1);
    expect(replaced.records[0]).toMatchObject({ count: 1, key: observationKey('GET', after.facts.request.url, after) });
    expect(replaced.total).toBe(1);
  });

  it('joins an existing record with the same key instead of adding one', () => {
    const before = headersOnly('/me', T0);
    const after = withBody('/me', T0, '{"message":"jwt expired"}');
    let state = addObservation(emptyTabState(7, 'https://app.example.com/'), after);
    state = addObservation(state, before);
    const replaced = replaceObservation(state, before, after);
    expect(replaced.records).toHaveLength(1);
    expect(replaced.records[0]?.count).toBe(2);
    expect(replaced.total).toBe(2);
  });

  it('keeps the record and count when the body changes nothing of the key, but stores the fuller diagnosis', () => {
    const before = headersOnly('/me', T0);
    const after = withBody('/me', T0, 'nothing useful');
    const state = addObservation(emptyTabState(7, 'https://app.example.com/'), before);
    const replaced = replaceObservation(state, before, after);
    expect(replaced.records).toHaveLength(1);
    expect(replaced.records[0]?.count).toBe(1);
    expect(replaced.records[0]?.diagnosis.facts.response.bodyExcerpt).toBe('nothing useful');
  });

  it('returns the state itself when the refusal is no longer stored (new page, capped away)', () => {
    const state = emptyTabState(7, 'https://app.example.com/');
    expect(replaceObservation(state, headersOnly('/me', T0), withBody('/me', T0, 'jwt expired'))).toBe(state);
  });
});
