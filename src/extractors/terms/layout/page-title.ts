// The page's own title: its main heading, else the document title without " | Upwork".
import { visibleText } from './visible-text';

export function pageTitle(root: ParentNode): string | null {
  const h1 = root.querySelector('h1');
  const heading = h1 ? visibleText(h1) : '';
  if (heading !== '') return heading;
  const title = root.querySelector('title')?.textContent?.replace(/\s*\|\s*Upwork\s*$/i, '').trim();
  return title || null;
}

/** The main heading only (an error page's <title> is not a record's title). */
export function mainHeading(root: ParentNode): string | null {
  const h1 = root.querySelector('h1');
  return (h1 && visibleText(h1)) || null;
}
