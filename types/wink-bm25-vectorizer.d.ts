// wink-nlp types its BM25 vectorizer under a specifier without `.js`, which Node's ESM resolver rejects for a
// package without an exports map; this names the file as it is imported and reuses wink's own typings.
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  export { default } from 'wink-nlp/utilities/bm25-vectorizer';
}
