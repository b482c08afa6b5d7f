// Whether a document is Arabic enough for the Arabic rules (figures, names, projects): the one
// decision `analyze`, `ingest` and `extract` share (issue 21: English and French input got
// reports full of Arabic-rule figures from analyze, "$2.4 billion" read as 2.4 USD, while ingest
// refused the same files). The language comes from the language stage (franc on the body where
// its letters leave doubt, src/text/stages/02-language.ts).
import type { Doc } from '../model/document.js';
import type { Stage } from '../model/pipeline.js';

/** Any letter of the Arabic alphabet (hamza to yeh, and the Quranic/extended alef forms). */
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/**
 * Why a text is not analyzed by the Arabic rules, or null when it is: it has no Arabic letter,
 * or the language stage found another language (`language`, ISO 639-3; omit it before the
 * language stage has run).
 */
export function notArabicReason(text: string, language?: string): string | null {
  if (!ARABIC_LETTER.test(text)) return 'no Arabic text';
  if (language !== undefined && language !== 'arb') return `not Arabic (detected language: ${language})`;
  return null;
}

/** The reason for an analyzed document: its body's text and detected language. */
export function documentNotArabic(doc: Doc): string | null {
  return notArabicReason(doc.text.slice(doc.body.start, doc.body.end), doc.meta.language);
}

/** The rule of the message a document that is not Arabic gets. */
export const NOT_ARABIC_RULE = 'language';

/**
 * `stage`, run only on a document the Arabic rules apply to; on another, the first such stage
 * records one message (rule `language`) saying why no figures, entities or projects were sought.
 */
export function arabicOnly(stage: Stage): Stage {
  return {
    ...stage,
    run(doc) {
      const reason = documentNotArabic(doc);
      if (reason === null) return stage.run(doc);
      if (!doc.messages.some((m) => m.rule === NOT_ARABIC_RULE)) {
        doc.message(
          `${reason}: the Arabic rules (figures, entities, projects) were not applied`,
          doc.body.start,
          doc.body.end,
          NOT_ARABIC_RULE,
        );
      }
    },
  };
}
