import { splitCodeSpans } from '../text/code-spans';

/** A formatted message with its code spans shown as <code>. Text nodes only: never markup. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitCodeSpans(text).map((segment, index) =>
        segment.code ? <code key={index}>{segment.text}</code> : segment.text,
      )}
    </>
  );
}
