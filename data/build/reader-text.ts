/**
 * The dataset's notes are written with references to the project's evidence review ("EVIDENCE.md A"), which
 * the app's reader never sees: the UI shows no file names (issue 13). Each note already carries its
 * sources as ids, so the reference is dropped where it only labels, and named in words where the sentence
 * needs it. Applied to every English and Dutch text of the dataset as the last step of the build.
 */

const WORDS = { en: { note: 'evidence note', section: 'the evidence review, section' }, nl: { note: 'onderbouwing', section: 'het bronnenoverzicht, sectie' } } as const;

function withoutDocumentNames(text: string, lang: 'en' | 'nl'): string {
  const w = WORDS[lang];
  return text
    .replace(/EVIDENCE\.md suggested default [A-Z]: /g, 'Suggested default: ')
    .replace(/EVIDENCE\.md voorgestelde standaard [A-Z]: /g, 'Voorgestelde standaard: ')
    .replace(/ \(EVIDENCE\.md [A-Z]\)/g, '')
    .replace(/\(EVIDENCE\.md [A-Z] (?:and|en) /g, '(')
    .replace(/\(EVIDENCE\.md [A-Z]: /g, '(')
    .replace(/, EVIDENCE\.md [A-Z]\)/g, ')')
    .replace(/^EVIDENCE\.md [A-Z]: (.)/, (_, c: string) => c.toUpperCase())
    .replace(/EVIDENCE\.md (?:section|sectie) (\w+)/g, `${w.section} $1`)
    .replace(/EVIDENCE\.md ([A-Z])\b/g, `${w.note} $1`);
}

/** Every `{ en, nl }` text in the dataset, rewritten in place. */
export function rewriteTexts<T>(value: T): T {
  if (Array.isArray(value)) {
    value.forEach((v) => rewriteTexts(v));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if ((k === 'en' || k === 'nl') && typeof v === 'string') o[k] = withoutDocumentNames(v, k);
      else rewriteTexts(v);
    }
  }
  return value;
}
