/** Says what the last action did. Always in the DOM so screen readers announce each change. */
export function StatusRegion({ message }: { message: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      {message}
    </p>
  );
}
