// The dashboard's message list is virtualized: only cards near the view exist in the page. This
// scrolls the list from its oldest rows down until the card wanted is rendered, as a reader would.
import type { Locator, Page } from 'playwright-core';

export async function scrollToCard(dashboard: Page, card: Locator): Promise<Locator> {
  // Wait for the list to open at its newest message, so its own placing cannot undo this scrolling.
  await dashboard.locator('.message-list[data-placed]').waitFor();
  const scroller = dashboard.locator('.message-scroller');
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  for (let step = 0; step < 200; step++) {
    // The card by its id: a filter such as hasText could match another card in the overscan,
    // rendered just outside the view, and each scroll to it would render yet another one.
    // Playwright's own clicks then scroll this card fully into view.
    if ((await card.count()) > 0) {
      const id = await card.first().getAttribute('data-message-id');
      if (id) return dashboard.locator(`article[data-message-id="${id}"]`);
    }
    const atEnd = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight / 2;
      return el.scrollTop === before;
    });
    if (atEnd && (await card.count()) === 0) await dashboard.waitForTimeout(100);
  }
  throw new Error('The message card never came into view');
}
