/**
 * A light Latvian stemmer for search queries, after the algorithm of Lucene's LatvianStemmer
 * (Kreslins' rules): it strips noun, adjective and verb endings and undoes the consonant
 * changes some endings cause (ceļu → cel-), so "atļaujas" and "atļauju" both become
 * "atļauj", which Pagefind then matches as a prefix of "atļauja". Works the same on text
 * typed without diacritics ("atlaujas" → "atlauj").
 */
interface Affix {
  ending: string;
  /** The word must have more vowels than this for the ending to be stripped. */
  minVowels: number;
  /** The ending may have palatalised the consonant before it. */
  palatalizes: boolean;
}

const affix = (ending: string, minVowels: number, palatalizes = false): Affix => ({ ending, minVowels, palatalizes });

// Longest first; order matters.
const AFFIXES: Affix[] = [
  affix('ajiem', 3),
  affix('ajai', 3),
  affix('ajam', 2),
  affix('ajām', 2),
  affix('ajos', 2),
  affix('ajās', 2),
  affix('iem', 2, true),
  affix('ajā', 2),
  affix('ais', 2),
  affix('ai', 2),
  affix('ei', 2),
  affix('ām', 1),
  affix('am', 1),
  affix('ēm', 1),
  affix('īm', 1),
  affix('im', 1),
  affix('um', 1),
  affix('us', 1, true),
  affix('as', 1),
  affix('ās', 1),
  affix('es', 1),
  affix('os', 1, true),
  affix('ij', 1),
  affix('īs', 1),
  affix('ēs', 1),
  affix('is', 1),
  affix('ie', 1),
  affix('u', 1, true),
  affix('a', 1, true),
  affix('i', 1, true),
  affix('e', 1),
  affix('ā', 1),
  affix('ē', 1),
  affix('ī', 1),
  affix('ū', 1),
  affix('o', 1),
  affix('s', 0),
  affix('š', 0),
];

const VOWELS = new Set([...'aeiouāēīōū']);
const countVowels = (word: string) => [...word].filter((ch) => VOWELS.has(ch)).length;

/** Undoes palatalisation at the end of a stem ("brāļ" → "brāl"); `removed` is the stripped ending. */
function unpalatalize(stem: string, removed: string): string {
  if (removed === 'u') {
    if (stem.endsWith('kš')) return `${stem.slice(0, -2)}kst`;
    if (stem.endsWith('ņņ')) return `${stem.slice(0, -2)}nn`;
  }
  if (/[pbmv]j$/.test(stem)) return stem.slice(0, -1);
  const pairs: [string, string][] = [
    ['šņ', 'sn'],
    ['žņ', 'zn'],
    ['šļ', 'sl'],
    ['žļ', 'zl'],
    ['ļņ', 'ln'],
    ['ļļ', 'll'],
  ];
  for (const [from, to] of pairs) if (stem.endsWith(from)) return stem.slice(0, -2) + to;
  const last: Record<string, string> = { č: 'c', ļ: 'l', ņ: 'n' };
  const end = stem.at(-1) ?? '';
  return end in last ? stem.slice(0, -1) + last[end] : stem;
}

/** The stem of one lower-case Latvian word. Short words are returned unchanged. */
export function stemLatvianWord(word: string): string {
  const vowels = countVowels(word);
  for (const { ending, minVowels, palatalizes } of AFFIXES) {
    if (vowels > minVowels && word.length >= ending.length + 3 && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      return palatalizes ? unpalatalize(stem, ending) : stem;
    }
  }
  return word;
}

/** A whole query, word by word, for Pagefind's processTerm. Punctuation is kept as spaces. */
export function stemLatvianQuery(query: string): string {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stemLatvianWord)
    .join(' ');
}
