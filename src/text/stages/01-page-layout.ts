// Stage 1: set site chrome aside and record the article's span and metadata.
import type { Stage } from '../../model/pipeline.js';
import { readPageLayout } from '../boilerplate/read-page-layout.js';

export const pageLayout: Stage = {
  name: 'page-layout',
  requires: ['text'],
  assigns: ['body', 'meta', 'set-aside'],
  run(doc) {
    const layout = readPageLayout(doc.text);
    doc.body = layout.body;
    doc.setAside = layout.setAside;
    doc.meta.title = layout.title;
    doc.meta.published = layout.published;
    doc.meta.site = layout.site;
    doc.meta.author = layout.author;
    // A record's own title and date (its publisher's database) over what the page shows, before any
    // stage reads them: relative dates resolve against this date.
    for (const key of ['title', 'published', 'site', 'author'] as const) {
      const value = doc.given?.[key];
      if (value !== undefined && value !== null) doc.meta[key] = value;
    }
    if (layout.body.end <= layout.body.start) doc.message('no article text found', 0, doc.text.length, 'page-layout');
  },
};
