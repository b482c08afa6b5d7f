// One key per real-world entity across documents: its type and lexicon key where it has one
// (COUNTRY:SA, ORG:aramco), else its type and its canonical name folded word by word with
// clitics removed (PERSON:~شوكت ميرزيوييف), so spelling variants that differ only by what the
// fold removes (ى/ي، ة/ه، hamza forms, diacritics, tatweel) are one entity.
import { foldedWords } from './name-words.js';

export function entityKey(type: string, key: string | null, name: string): string {
  if (key) return `${type}:${key}`;
  const words = foldedWords(name);
  return `${type}:~${words.length ? words.join(' ') : name.trim()}`;
}
