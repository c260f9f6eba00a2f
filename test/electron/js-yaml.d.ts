// js-yaml comes with electron-builder (which reads the same electron-builder.yml) but ships no types.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
