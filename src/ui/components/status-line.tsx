// A polite live region for the outcome of an action. Always in the DOM (even when empty) so
// screen readers announce the first message that appears in it.
export function StatusLine({ text, tone = 'info' }: { text: string; tone?: 'info' | 'error' }) {
  return (
    <p class={`status status--${tone}`} role="status">
      {text}
    </p>
  );
}
