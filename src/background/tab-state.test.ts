import { describe, expect, it } from 'vitest';
import { diagnose } from '../rules';
import type { Exchange } from '../rules/types';
import { addObservation, emptyTabState } from './tab-state';

const T0 = Date.parse('2026-11-26T14:00:00Z');

function refusal(path: string, at: number, headers: Exchange['responseHeaders'] = []): ReturnType<typeof diagnose> {
  return diagnose({
    url: `https://api.example.com${path}`,
    method: 'GET',
    status: 401,
    requestHeaders: [],
    responseHeaders: headers,
    startedAt: at,
  });
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
