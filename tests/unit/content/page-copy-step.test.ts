// The page-copy step with a fake port: page.html is staged script-free under the capture, the
// browser's MHTML is asked for with our button set aside, and anything the browser refuses is
// said in the capture's actions instead of failing it.
import { describe, expect, it, vi } from 'vitest';
import { keepPage } from '../../../src/content/page-copy/keep-page';
import { NO_SCREENSHOTS_FROM_PAGE_BUTTON } from '../../../src/content/page-copy/page-images';
import { fakePageCopyPort, fakeSession } from './fake-ports';

function page(): HTMLElement {
  document.body.innerHTML = '<h1>Contract</h1><script>alert(1)</script>';
  const ours = document.createElement('div');
  ours.id = 'evidence-locker-root';
  ours.textContent = 'Capture evidence';
  document.documentElement.append(ours);
  return ours;
}

describe('the page-copy step, given its port', () => {
  it('stages page.html without scripts or our button, then the MHTML taken with the button set aside', async () => {
    const ours = page();
    const port = fakePageCopyPort({
      mhtml: vi.fn(async (captureId: string) => {
        expect(ours.isConnected).toBe(false);
        return { path: `captures/${captureId}/page.mhtml`, sha256: 'b'.repeat(64), bytes: 5, mediaType: 'multipart/related' };
      }),
    });

    const out = await keepPage({ doc: document, captureId: 'cap_1', trigger: 'page-button', session: fakeSession(), exclude: ours, port });

    expect(port.staged).toHaveLength(1);
    expect(port.staged[0]!.file.path).toBe('captures/cap_1/page.html');
    expect(port.staged[0]!.text).toContain('<h1>Contract</h1>');
    expect(port.staged[0]!.text).not.toContain('alert(1)');
    expect(port.staged[0]!.text).not.toContain('Capture evidence');
    expect(out.files.map((f) => f.path)).toEqual(['captures/cap_1/page.html', 'captures/cap_1/page.mhtml']);
    expect(ours.isConnected).toBe(true);
    expect(out.actions).toContain(NO_SCREENSHOTS_FROM_PAGE_BUTTON);
  });

  it('keeps the page copy and says why when the browser offers no MHTML', async () => {
    const port = fakePageCopyPort({ mhtml: vi.fn(() => Promise.reject(new Error('this browser does not offer an MHTML copy of pages'))) });

    const out = await keepPage({ doc: document, captureId: 'cap_2', trigger: 'page-button', session: fakeSession(), exclude: page(), port });

    expect(out.files.map((f) => f.path)).toEqual(['captures/cap_2/page.html']);
    expect(out.actions).toContain('no MHTML: this browser does not offer an MHTML copy of pages');
  });
});
