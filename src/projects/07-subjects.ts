// Step 5: what each figure is about. A figure that describes a project (its year, capacity,
// cost, any figure of its clause) is about the project; another one is about the nearest place,
// country, region or organisation named before it in its sentence ("تمتلك أوزبكستان وحدها
// القدرة على توليد 500 غيغاواط" → Uzbekistan), else the nearest after it, else nothing.
import type { Figure } from '../model/types.js';
import type { DocView } from './doc-view.js';

const SUBJECT_TYPES = new Set(['COUNTRY', 'ORG', 'CITY', 'REGION', 'LOCATION']);

export function assignSubjects(v: DocView, projectOf: Map<Figure, string>): void {
  for (const f of v.figures) {
    const fig = f.figure;
    const p = projectOf.get(fig);
    if (p) {
      fig.subject = p;
      continue;
    }
    const sentence = v.tokens[f.tokenStart].sentence;
    const s = v.doc.sentences[sentence];
    const inSentence = v.mentionsIn(s.tokenStart, s.tokenEnd).filter((m) => SUBJECT_TYPES.has(m.entity.type));
    let before = null;
    let after = null;
    for (const m of inSentence) {
      if (m.end <= fig.start) before = m;
      else if (m.start >= fig.end && !after) after = m;
    }
    fig.subject = (before ?? after)?.entity.id ?? null;
  }
}
