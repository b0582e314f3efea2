// Text imports bundled by esbuild (`loader: text`) and by the Jest text transform.
declare module '*.graphql' {
  const text: string;
  export default text;
}
