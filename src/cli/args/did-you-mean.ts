// "Did you mean …?" for a mistyped command, option or value: the closest known word within an edit
// distance of 2 (one transposition or two typos), as git and npm suggest.

const MAX_DISTANCE = 2;

/** The known word nearest to `typed`, when one is within distance 2 and no other ties with it. */
export function closestMatch(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  let tie = false;
  for (const word of known) {
    const distance = editDistance(typed.toLowerCase(), word.toLowerCase());
    if (distance < bestDistance) [best, bestDistance, tie] = [word, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  return best !== undefined && !tie && bestDistance <= MAX_DISTANCE ? best : undefined;
}

/** `; did you mean 'x'?` or nothing. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const match = closestMatch(typed, known);
  return match === undefined ? '' : `; did you mean '${match}'?`;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition, so `jsno` is one
 * edit from `json`). Inputs are command-line words: the quadratic table is tiny.
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows of the dynamic-programming table: two rows back for the transposition.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length] ?? 0;
}
