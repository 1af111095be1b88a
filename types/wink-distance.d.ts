// wink-distance ships no typings; only the function factdesk uses is declared.
declare module 'wink-distance' {
  const distance: {
    string: {
      /** 0 for identical strings, up to 1 for nothing in common. */
      jaroWinkler(a: string, b: string, boost?: number, scale?: number): number;
    };
  };
  export default distance;
}
