// Shape of one knowledge-table row. Every row says what a known message or header means (a
// CauseId), which product sends it, and where that was seen (`source`), so a reviewer can check it.
import type { CauseId } from '../types';

/**
 * A case-insensitive literal substring (written in any case; compared lower-cased), or a RegExp.
 * RegExps must carry the `i` flag and be linear: no nested or adjacent overlapping quantifiers,
 * only bounded repeats (`{0,N}`), so a hostile 8 KB body cannot make matching slow.
 */
export type Matcher = string | RegExp;

interface RowBase {
  /** Stable id, kebab-case, `<product>-<meaning>`; shown as `KnownSignal.rule`. */
  id: string;
  cause: CauseId;
  /**
   * Product or framework, e.g. `GitHub REST API`: it enters sentences ("GitHub REST API says ...",
   * "Search the GitHub REST API documentation"), so a name only, no note on where the row came from.
   * Exactly `generic` for a row no product owns: such a label is never shown.
   */
  product: string;
  /** Documentation URL, source file in the product's repository, or issue showing the message. */
  source: string;
  /**
   * Further causes the same words stand for: a product's stock text for several failures ("Unauthorized",
   * "Unauthenticated.", "invalid or expired"). Then the words alone decide nothing: the request's own
   * evidence rules readings out (a JWT still valid at the request time was not expired; a credential that
   * was sent was not missing), and only a single remaining reading is direct evidence.
   */
  alsoMeans?: readonly CauseId[];
  /**
   * The row asks for a second factor (a one-time code) on top of the credential that was sent: a
   * credential seen in the request does not rule out "missing" here.
   */
  secondFactor?: true;
  /**
   * A catch-all row (e.g. any "token expired"). It is skipped when a product-specific row already
   * matched the same text, so one message does not yield a generic twin.
   */
  generic?: boolean;
}

/** A row matched against a text: a response body, a reason phrase, a challenge's error_description. */
export interface TextRow extends RowBase {
  match: Matcher;
}

/** A row matched against response headers. */
export interface HeaderRow extends RowBase {
  /** Lower-case header name(s). A name ending in `*` is a prefix (`cf-access-*`). */
  header: string | readonly string[];
  /** Pattern for the value; absent means the header's presence is the signal. */
  value?: Matcher;
}
