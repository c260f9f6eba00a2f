import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { countNoun } from '../../../shared/format/index.ts';

/** Zoom steps, as a share of the readable width. */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** The width a page is drawn at, at 100 %: A4 text at about its printed size on a laptop screen. */
const READABLE_WIDTH = 640;
/** Pages drawn at once before any scrolling; the rest are drawn as they come into view. */
const EAGER_PAGES = 2;

/**
 * Every page of a PDF, drawn with pdf.js at a readable width, with zoom. Pages are drawn as they
 * scroll into view, so a 300-page report opens as fast as a short one. The library and its worker
 * are bundled with the app (no CDN: the CSP allows no remote origin) and loaded only when a
 * preview is shown.
 */
export function PdfPreview(props: { bytes: Uint8Array }) {
  const host = useRef<HTMLDivElement>(null);
  const [info, setInfo] = useState<{ total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState(1);
  const width = Math.round(READABLE_WIDTH * zoom);

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    let observer: IntersectionObserver | null = null;
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
      const first = await doc.getPage(1);
      const base = first.getViewport({ scale: 1 });
      const draw = async (n: number, canvas: HTMLCanvasElement) => {
        if (canvas.dataset['drawn']) return;
        canvas.dataset['drawn'] = '1';
        const page = n === 1 ? first : await doc.getPage(n);
        if (cancelled) return;
        const unit = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / unit.width) * (window.devicePixelRatio || 1) });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvas, viewport }).promise;
      };
      const canvases: HTMLCanvasElement[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const canvas = document.createElement('canvas');
        canvas.style.width = `${width}px`;
        // the page's shape before it is drawn, so the scroll position holds
        canvas.style.aspectRatio = `${base.width} / ${base.height}`;
        canvas.className = 'pdf-preview__page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `Side ${n} av ${doc.numPages}`);
        canvas.dataset['page'] = String(n);
        el.appendChild(canvas);
        canvases.push(canvas);
      }
      for (let n = 1; n <= Math.min(EAGER_PAGES, doc.numPages); n++) await draw(n, canvases[n - 1]!);
      if (typeof IntersectionObserver === 'undefined') return;
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            const canvas = e.target as HTMLCanvasElement;
            observer?.unobserve(canvas);
            void draw(Number(canvas.dataset['page']), canvas).catch((err: unknown) => !cancelled && setError(err instanceof Error ? err.message : String(err)));
          }
        },
        { root: el, rootMargin: '400px 0px' },
      );
      for (const c of canvases.slice(EAGER_PAGES)) observer.observe(c);
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      destroy?.();
    };
  }, [props.bytes, width]);

  const step = (d: number) => setZoom((z) => ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, ZOOMS.indexOf(z as (typeof ZOOMS)[number]) + d))]!);
  return (
    <div className="pdf-preview">
      <div className="pdf-preview__toolbar" role="group" aria-label="Zoom">
        <Button variant="tertiary" data-size="sm" onClick={() => step(-1)} disabled={zoom === ZOOMS[0]} aria-label="Zoom ut">
          −
        </Button>
        <span aria-live="polite">{Math.round(zoom * 100)} %</span>
        <Button variant="tertiary" data-size="sm" onClick={() => step(1)} disabled={zoom === ZOOMS[ZOOMS.length - 1]} aria-label="Zoom inn">
          +
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => setZoom(1)} disabled={zoom === 1}>
          Lesbar bredde
        </Button>
      </div>
      <div ref={host} className="pdf-preview__pages" data-testid="pdf-preview" tabIndex={0} aria-label="Forhåndsvisning av dokumentet" role="region" />
      <p className="muted" aria-live="polite">
        {error
          ? `Forhåndsvisningen kunne ikke vises (${error}). Du kan likevel lagre dokumentet.`
          : info
            ? `${countNoun(info.total, 'side', 'sider')}; bla for å se alle.`
            : 'Lager forhåndsvisning …'}
      </p>
    </div>
  );
}
