// opencc-js ships its dictionaries as ES modules whose default export is one string ("key value|key value…")
// but declares types only for its converters; chineseScript.ts reads four of them directly.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
