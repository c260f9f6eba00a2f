/**
 * "Last inn eksempel" on the first-run screen, once the import feature offers a way to load the
 * example. Until then nothing is shown (the empty state keeps its "Gå til import" button).
 */
export function ExampleButton() {
  return null;
}
