// esbuild loads .css as text (build.mjs); the panel adopts it into its shadow roots.
declare module '*.css' {
  const css: string;
  export default css;
}
