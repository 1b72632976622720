// Minimal ANSI styling. Colour only helps a person at a terminal: it is off for pipes and files,
// when NO_COLOR is set to anything non-empty (https://no-color.org), and with --no-color.

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOR: Style = { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
const identity = (text: string) => text;
const PLAIN: Style = { bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity };

export function chooseStyle(options: { isTTY: boolean; noColorFlag: boolean; env: Record<string, string | undefined> }): Style {
  const noColorEnv = (options.env.NO_COLOR ?? '') !== '';
  return options.isTTY && !options.noColorFlag && !noColorEnv ? COLOR : PLAIN;
}
