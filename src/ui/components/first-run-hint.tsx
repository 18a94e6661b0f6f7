// Shown while nothing has been captured; the button name matches the in-page button.
export function FirstRunHint() {
  return <p class="empty first-run">No evidence yet: open an Upwork conversation and press Capture evidence</p>;
}
