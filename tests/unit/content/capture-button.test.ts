import { describe, expect, it } from 'vitest';
import { mountCaptureButton } from '../../../src/content/button/capture-button';
import { parseHtml } from '../helpers/html-page';

function page(): Document {
  return parseHtml('<!DOCTYPE html><html><head><title>Messages - Upwork</title></head><body></body></html>');
}

/**
 * A press by the user. Browsers mark such events trusted and let no script forge the mark;
 * happy-dom has no such mark, so a test sets it on the one event it dispatches.
 */
function press(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

function mount(handlers = { onCapture: () => undefined, onCancel: () => undefined }) {
  const ui = mountCaptureButton(page(), handlers);
  const shadow = ui.host.shadowRoot!;
  const named = (name: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { ui, shadow, named };
}

describe('the in-page button', () => {
  it('lives in an open shadow root with the contract names, and shows cancel only while busy', () => {
    let captured = 0;
    let cancelled = 0;
    const { ui, shadow, named } = mount({ onCapture: () => void (captured += 1), onCancel: () => void (cancelled += 1) });
    const [cancel, capture] = [named('Cancel capture'), named('Capture evidence')];
    expect(cancel.hidden).toBe(true);
    press(capture);
    expect(captured).toBe(1);
    ui.setBusy(true);
    expect(cancel.hidden).toBe(false);
    expect(capture.disabled).toBe(true);
    press(capture);
    press(cancel);
    expect([captured, cancelled]).toEqual([1, 1]);
    ui.setStatus('Captured 3 messages (3 new, 0 edited, 0 deleted)', 'ok');
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Captured 3 messages (3 new, 0 edited, 0 deleted)');
  });

  it('does nothing for a click a script made: only the user starts or stops a capture', () => {
    let captured = 0;
    let cancelled = 0;
    const { ui, named } = mount({ onCapture: () => void (captured += 1), onCancel: () => void (cancelled += 1) });
    named('Capture evidence').click();
    named('Capture evidence').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    ui.setBusy(true);
    named('Cancel capture').click();
    expect([captured, cancelled]).toEqual([0, 0]);
  });
});

describe('after a cancel while history loads', () => {
  it('asks whether to keep what was loaded, and answers with the button pressed', async () => {
    const { ui, shadow, named } = mount();
    expect(named('Keep what was loaded').closest('[hidden]')).not.toBeNull();
    const keep = ui.askKeepPartial(140);
    expect(shadow.querySelector('[role="status"]')?.textContent).toMatch(/140 messages loaded/);
    expect(named('Keep what was loaded').closest('[hidden]')).toBeNull();
    press(named('Keep what was loaded'));
    expect(await keep).toBe(true);
    const discard = ui.askKeepPartial(3);
    press(named('Discard'));
    expect(await discard).toBe(false);
    expect(named('Discard').closest('[hidden]')).not.toBeNull();
  });

  it('ignores a Keep or Discard that a script clicked, and still takes the user\'s answer', async () => {
    const { ui, named } = mount();
    let settled = false;
    const answer = ui.askKeepPartial(20).then((value) => ((settled = true), value));
    named('Discard').click();
    named('Keep what was loaded').click();
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(named('Discard').closest('[hidden]')).toBeNull();
    press(named('Discard'));
    expect(await answer).toBe(false);
  });
});

describe('on a dark system', () => {
  /** The rules of the panel's stylesheet under `prefers-color-scheme: dark`, as selector -> declarations. */
  function darkRules(): Map<string, string> {
    const css = mount().shadow.querySelector('style')!.textContent!;
    const block = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    return new Map([...block.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => [m[1]!.trim(), m[2]!.trim()]));
  }
  const colour = (declarations: string, property: string) => new RegExp(`(?:^|;|\\s)${property}:\\s*(#[0-9a-f]{6})`).exec(declarations)?.[1];
  function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('turns the button, cancel and status dark with text readable at WCAG AA (4.5:1)', () => {
    const rules = darkRules();
    for (const selector of ['.capture', '.cancel', '.status']) {
      const declarations = rules.get(selector) ?? '';
      const [fg, bg] = [colour(declarations, 'color'), colour(declarations, 'background')];
      expect(fg && bg, selector).toBeTruthy();
      expect(luminance(bg!), `${selector} background is dark`).toBeLessThan(0.1);
      expect(contrast(fg!, bg!), selector).toBeGreaterThanOrEqual(4.5);
    }
    const error = rules.get('.status[data-tone="error"]') ?? '';
    expect(contrast(colour(error, 'color')!, colour(rules.get('.status')!, 'background')!)).toBeGreaterThanOrEqual(4.5);
  });

  it('changes only colours, so nothing moves when the system switches between light and dark', () => {
    const layout = /\b(?:width|height|padding|margin|font|gap|display|position|border-width|border-radius|inset|top|right|bottom|left)(?:-[a-z]+)?\s*:/;
    const moving = [...darkRules()].filter(([, declarations]) => layout.test(declarations));
    expect(moving).toEqual([]);
  });
});
