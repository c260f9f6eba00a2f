import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lacks a few browser APIs the UI uses; these stand-ins behave like a quiet browser.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
if (!('ResizeObserver' in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
// fake-indexeddb copies values with Node's structuredClone, which makes an empty object of a jsdom
// Blob; a browser's IndexedDB keeps Blobs (the browser build stores its backups as Blobs). A Blob
// never changes, so a copy that keeps the same Blob is what the browser's copy amounts to.
const cloneWithoutBlobs = globalThis.structuredClone;
globalThis.structuredClone = (<T,>(value: T, options?: StructuredSerializeOptions): T => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return cloneWithoutBlobs(value, options);
  const blobs = Object.entries(value).filter(([, v]) => v instanceof Blob);
  if (blobs.length === 0) return cloneWithoutBlobs(value, options);
  const copy = cloneWithoutBlobs({ ...value, ...Object.fromEntries(blobs.map(([k]) => [k, null])) }, options) as Record<string, unknown>;
  for (const [k, v] of blobs) copy[k] = v;
  return copy as T;
}) as typeof structuredClone;

const g = globalThis as { CSS?: { escape?: (s: string) => string } };
if (!g.CSS) g.CSS = {};
if (!g.CSS.escape) g.CSS.escape = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);

if (!('getAnimations' in document)) {
  (document as unknown as { getAnimations: () => Animation[] }).getAnimations = () => [];
}
if (!('getAnimations' in Element.prototype)) {
  (Element.prototype as unknown as { getAnimations: () => Animation[] }).getAnimations = () => [];
}

// findBy*/waitFor give up after 1 s by default, too little for a lazy page on a loaded machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
