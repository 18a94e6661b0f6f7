import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DISPUTE_TAGS } from '../../../src/shared/model';
import { TagToggles } from '../../../src/ui/components/tags/tag-toggles';
import { CustomTagList } from '../../../src/ui/components/tags/custom-tag-list';
import { button, click, mount, unmount } from './ui-fixtures';

let container: HTMLElement | undefined;
afterEach(async () => container && (await unmount(container)));

describe('TagToggles', () => {
  it('shows one button per tag, named by its label, pressed when selected', async () => {
    container = await mount(<TagToggles tags={DISPUTE_TAGS} selected={['billing']} label="Tags for this message" onToggle={() => {}} />);
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Billing', 'Quality', 'Scope', 'Deadline', 'Communication', 'Other']);
    expect(button(container, 'Billing').getAttribute('aria-pressed')).toBe('true');
    expect(button(container, 'Quality').getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Tags for this message');
  });

  it('calls back with the tag and its new state, and reflects the state it is given', async () => {
    const onToggle = vi.fn();
    const view = (selected: string[]) => <TagToggles tags={DISPUTE_TAGS} selected={selected} label="Tags" onToggle={onToggle} />;
    container = await mount(view([]));
    await click(button(container, 'Deadline'));
    expect(onToggle).toHaveBeenLastCalledWith('deadline', true);

    await act(() => render(view(['deadline']), container!));
    expect(button(container, 'Deadline').getAttribute('aria-pressed')).toBe('true');
    await click(button(container, 'Deadline'));
    expect(onToggle).toHaveBeenLastCalledWith('deadline', false);
  });

  it('renders custom tags with their own label', async () => {
    container = await mount(<TagToggles tags={[{ id: 'custom:refund', label: 'Refund', kind: 'custom' }]} selected={[]} label="Tags" onToggle={() => {}} />);
    expect(button(container, 'Refund').classList.contains('tag-toggle--custom')).toBe(true);
  });
});

describe('custom tag colours', () => {
  it('keep an imported colour not offered here, shown as "Other colour", until another is chosen', async () => {
    const onRecolour = vi.fn(async () => undefined);
    const imported = { id: 'custom:late', label: 'Late', kind: 'custom' as const, color: '#123456' };
    container = await mount(<CustomTagList tags={[...DISPUTE_TAGS, imported]} onRecolour={onRecolour} />);
    const select = container.querySelector<HTMLSelectElement>('select[aria-label="Colour of Late"]')!;
    expect(select.selectedOptions[0]?.textContent).toBe('Other colour');
    expect(container.querySelector<HTMLElement>('.tag-swatch')!.style.backgroundColor).toMatch(/#123456|rgb\(18, 52, 86\)/);
    expect(container.querySelectorAll('li')).toHaveLength(1); // dispute types have no colour to change
    await act(() => {
      select.value = '#2f8a3a';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onRecolour).toHaveBeenCalledWith('custom:late', '#2f8a3a');
  });

  it('show as a dot beside a custom tag\'s name, never in place of it', async () => {
    container = await mount(<TagToggles tags={[{ id: 'custom:x', label: 'Refund', kind: 'custom', color: '#d93f3f' }]} selected={[]} label="Tags" onToggle={() => {}} />);
    const toggle = button(container, 'Refund');
    expect(toggle.querySelector('.tag-swatch')?.getAttribute('aria-hidden')).toBe('true');
    expect(toggle.style.borderColor).toMatch(/#d93f3f|rgb\(217, 63, 63\)/);
  });
});
