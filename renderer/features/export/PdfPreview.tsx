import { useEffect, useRef, useState } from 'react';

/**
 * The first pages of a PDF drawn into canvases with pdf.js. The library and its worker are
 * bundled with the app (no CDN: the CSP allows no remote origin) and loaded only when a preview
 * is shown.
 */
export function PdfPreview(props: { bytes: Uint8Array; pages?: number; width?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const [info, setInfo] = useState<{ total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const maxPages = props.pages ?? 2;
  const width = props.width ?? 360;

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    const el = host.current;
    (async () => {
      const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      const task = pdfjs.getDocument({ data: props.bytes.slice(), isEvalSupported: false, useSystemFonts: false });
      destroy = () => void task.destroy();
      const doc = await task.promise;
      if (cancelled || !el) return;
      setInfo({ total: doc.numPages });
      el.replaceChildren();
      for (let n = 1; n <= Math.min(maxPages, doc.numPages); n++) {
        const page = await doc.getPage(n);
        if (cancelled) return;
        const base = page.getViewport({ scale: 1 });
        const scale = (width / base.width) * (window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${width}px`;
        canvas.className = 'pdf-preview__page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `Side ${n} av ${doc.numPages}`);
        el.appendChild(canvas);
        await page.render({ canvas, viewport }).promise;
      }
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [props.bytes, maxPages, width]);

  return (
    <div className="pdf-preview">
      <div ref={host} className="pdf-preview__pages" data-testid="pdf-preview" />
      <p className="muted" aria-live="polite">
        {error
          ? `Forhåndsvisningen kunne ikke vises (${error}). Du kan likevel lagre dokumentet.`
          : info
            ? `Viser ${Math.min(maxPages, info.total)} av ${info.total} sider.`
            : 'Lager forhåndsvisning …'}
      </p>
    </div>
  );
}
