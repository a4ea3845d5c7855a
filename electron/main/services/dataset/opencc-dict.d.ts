// opencc-js ships its dictionaries as ES modules whose default export is one string ("key value|key value…")
// but declares types only for its converters; shared/domain/dataset/chineseScript.ts reads four of them
// directly. It lives here because only main and the dataset worker use that module (its tables are
// ~1 MB): the window's type check then fails if the renderer ever imports it.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
