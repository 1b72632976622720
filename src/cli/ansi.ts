// Minimal ANSI styling. Colour only helps a person at a terminal. In order of precedence:
// `--no-color`; FORCE_COLOR (`0`/`false` off, `1`/`2`/`3`/`true`/empty on, as Node and chalk read it,
// https://nodejs.org/api/cli.html#force_color1-2-3); NO_COLOR set to anything non-empty
// (https://no-color.org); TERM=dumb (a terminal that cannot show escapes); and last, whether the
// output is a terminal at all.

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOR: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
};
const identity = (text: string) => text;
export const PLAIN: Style = { bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity };

export function chooseStyle(options: {
  isTTY: boolean;
  noColorFlag: boolean;
  env: Record<string, string | undefined>;
}): Style {
  return wantsColor(options) ? COLOR : PLAIN;
}

export function wantsColor({
  isTTY,
  noColorFlag,
  env,
}: {
  isTTY: boolean;
  noColorFlag: boolean;
  env: Record<string, string | undefined>;
}): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if ((env.NO_COLOR ?? '') !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
