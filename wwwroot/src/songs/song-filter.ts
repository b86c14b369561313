import type { SongSummary } from './song-types';

/** What the picker's search box and filters ask for; an empty string matches everything. */
export interface SongQuery {
  /** Words to find in the title or artist. */
  search: string;
  style: string;
  language: string;
  difficulty: string;
}

export const emptyQuery: SongQuery = { search: '', style: '', language: '', difficulty: '' };

/** The songs that match <paramref>query</paramref>, in their original order. */
export function filterSongs(songs: readonly SongSummary[], query: SongQuery): SongSummary[] {
  // Initial-consonant words are read as typed: normalizing would turn ㄷ into a conjoining jamo.
  const words = query.search
    .trim()
    .split(/\s+/)
    .flatMap((word) => (isInitialConsonants(word) ? [word] : normalize(word).split(' ')))
    .filter((word) => word.length > 0);
  return songs.filter(
    (song) =>
      matchesExactly(song.style, query.style) &&
      matchesExactly(song.language, query.language) &&
      matchesExactly(song.difficulty, query.difficulty) &&
      words.every((word) => matchesWord(song, word)),
  );
}

/** The distinct values of a field, for a filter's options, sorted. */
export function distinctValues(songs: readonly SongSummary[], field: 'style' | 'language' | 'difficulty'): string[] {
  const values = new Set<string>();
  for (const song of songs) {
    const value = song[field];
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}

function matchesExactly(value: string | null, wanted: string): boolean {
  return wanted === '' || (value ?? '').toLowerCase() === wanted.toLowerCase();
}

function matchesWord(song: SongSummary, word: string): boolean {
  const haystack = `${normalize(song.title)} ${normalize(song.artist)}`;
  // A word of bare Korean initial consonants (ㄷㄹㅈ) finds 도라지, as Korean search boxes do.
  if (isInitialConsonants(word)) return initialConsonants(haystack).includes(word);
  return haystack.includes(word);
}

/**
 * Lower case, accents dropped (é → e), punctuation turned into spaces, runs of spaces collapsed; Hangul syllables
 * are kept whole (composed), so "아리" finds "아리랑".
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const firstSyllable = 0xac00;
const lastSyllable = 0xd7a3;
/** The 19 initial consonants in the order Unicode composes syllables with them. */
const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

function isInitialConsonants(word: string): boolean {
  return word.length > 0 && [...word].every((c) => initials.includes(c));
}

/** Each Hangul syllable replaced by its initial consonant; other characters kept. */
function initialConsonants(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    out += code >= firstSyllable && code <= lastSyllable ? initials[Math.floor((code - firstSyllable) / 588)] : c;
  }
  return out;
}
