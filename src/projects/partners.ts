// The organisations a project's words name as taking part in it: after a partner cue
// (بالتعاون مع، بتمويل من، الممولة من، نفذتها ...), and the ones listed after them.
import type { DocView, MentionRef } from './doc-view.js';
import { PARTNER_CUES } from './triggers.js';

/** Organisations after a partner cue in [from, to), and the ones listed after them. */
export function partnerMentions(v: DocView, from: number, to: number): MentionRef[] {
  const out: MentionRef[] = [];
  const orgs = v.mentionsIn(from, to).filter((m) => m.entity.type === 'ORG');
  let last: MentionRef | null = null;
  for (const m of orgs) {
    let cued = false;
    for (let b = m.tokenStart - 1; b >= m.tokenStart - 4 && b >= from; b--) {
      const t = v.tokens[b];
      if (PARTNER_CUES.has(t.norm) || PARTNER_CUES.has(t.base) || PARTNER_CUES.has(v.bare(b))) cued = true;
      if (v.isPunct(b, '.؛;:')) break;
    }
    // A list: "Kawasaki Heavy Industries، وRönesans، وITOCHU", "JICA وJBIC".
    if (!cued && last && onlyJoiners(v, last.tokenEnd, m.tokenStart)) cued = true;
    if (cued) {
      out.push(m);
      last = m;
    }
  }
  return out;
}

function onlyJoiners(v: DocView, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    if (!(v.isPunct(k, ',،') || v.tokens[k].norm === 'و')) return false;
  }
  return true;
}
