// One long article made of real ones: the bodies of the given articles (their site chrome set
// aside by the page layout), one after another with a blank line between, repeated until the
// text holds `bytes` bytes of UTF-8. The input of the scaling measurements (npm run bench, and
// tests/bench/scaling.test.ts): an analysis that is linear in the document's size takes the
// same time per MB on one of 1 MB as on one of 16 MB (issue 21).
import { readPageLayout } from '../text/boilerplate/read-page-layout.js';

/** The article text of a page (its body span), trimmed. */
export function articleBody(page: string): string {
  const { body } = readPageLayout(page);
  return page.slice(body.start, body.end).trim();
}

/** The bodies of `pages`, repeated in order and joined by blank lines, to at least `bytes` bytes of UTF-8. */
export function syntheticArticle(pages: readonly string[], bytes: number): string {
  const bodies = pages.map(articleBody).filter((b) => b.length > 0);
  if (bodies.length === 0) throw new Error('no article text to build a synthetic article from');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = bodies[i % bodies.length] + '\n\n';
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}
