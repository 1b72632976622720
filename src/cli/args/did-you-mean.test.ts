import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from './did-you-mean';

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['json', 'json', 0],
    ['jsn', 'json', 1],
    ['jsno', 'json', 1],
    ['diagnsoe', 'diagnose', 1],
    ['diagnose', 'dignos', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestMatch', () => {
  const options = ['--json', '--markdown', '--audience', '--no-color', '--no-group', '--status', '--limit'];
  it.each<[string, readonly string[], string | undefined]>([
    ['diagnos', ['diagnose', 'parse', 'help'], 'diagnose'],
    ['pasre', ['diagnose', 'parse', 'help'], 'parse'],
    ['frobnicate', ['diagnose', 'parse', 'help'], undefined],
    ['--jsno', options, '--json'],
    ['--JSON', options, '--json'],
    ['--no-colour', options, '--no-color'],
    ['--no-grop', options, '--no-group'],
    ['--no-colo', options, '--no-color'],
    ['credentials-expird', ['credentials-expired', 'credentials-revoked'], 'credentials-expired'],
    // Two words at the same distance: no guess.
    ['--no-co', ['--no-cx', '--no-cy'], undefined],
  ])('%s', (typed, known, expected) => {
    expect(closestMatch(typed, known)).toBe(expected);
  });

  it('phrases the hint, or says nothing', () => {
    expect(didYouMean('pars', ['parse'])).toBe("; did you mean 'parse'?");
    expect(didYouMean('xyz', ['parse'])).toBe('');
  });
});
