/** Types for `synonyms` (WordNet synonyms by part of speech), used by the verify evaluation. */
declare module 'synonyms' {
  function synonyms(word: string): Record<string, string[]> | undefined;
  function synonyms(word: string, pos: string): string[] | undefined;
  export default synonyms;
}
