import { Component } from 'preact';
import type { Audience } from '../../rules/types';
import type { EntryRecord } from '../entry-record';
import { EntrySection } from './entry-section';

interface Props {
  entries: readonly EntryRecord[];
  audience: Audience;
}

/**
 * A few sections that render once: the page paints a batch per frame, and without this each frame would
 * diff every batch painted before it too (a frame of 40 cards instead of 10). A new audience or a new
 * batch (another filter) renders again.
 */
export class SectionBatch extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.entries !== this.props.entries || next.audience !== this.props.audience;
  }

  override render() {
    return (
      <>
        {this.props.entries.map((entry) => (
          <EntrySection key={entry.index} entry={entry} audience={this.props.audience} />
        ))}
      </>
    );
  }
}
