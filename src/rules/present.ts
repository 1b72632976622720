// A lean public entry of the rule module: the helpers a shell needs to show what the rules produced,
// without pulling in the parser's and the knowledge tables' code (the popup imports this, and its
// bundle stays small). Everything here is also exported by index.ts.
export { formatChallenge } from './facts/challenges/format-challenge';
export { firstHeader } from './facts/header-list';
