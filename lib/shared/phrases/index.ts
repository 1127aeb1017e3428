export { buildPhraseMatcher, failureLinks, phraseMatcherOf, phraseTables, type PatternHit, type PhraseMatcher, type PhraseTables } from './aho-corasick';
