/**
 * The logical structure of a tagged PDF (PDF/UA), built while the layout draws. Blocks open
 * structure elements (H1, P, Table, TD ...) around what they draw; every text run (and a figure's
 * graphics) drawn while an element is current becomes a marked-content sequence with an MCID owned
 * by that element. Anything drawn with no element current, or inside {@link Tagger.artifact}, is an
 * artifact (rules, fills, running headers, repeated table headers): a screen reader skips it.
 *
 * Kept free of pdf-lib: write.ts turns the finished tree into PDF objects.
 */

/** Standard structure types used (PDF 1.7, 14.8.4); no role map needed. */
export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Div';

/** A marked-content sequence on a page, owned by a structure element. */
export interface MarkedRef {
  /** 0-based page index. */
  page: number;
  mcid: number;
}

/** Properties a structure element may carry beyond its type. */
export interface StructProps {
  /** Alternative text (Figure). */
  alt?: string;
  /** Header scope of a TH. */
  scope?: 'Row' | 'Column';
  /** Columns a cell spans, when more than one. */
  colSpan?: number;
  /** Numbering of a list (L): how its labels count. */
  listNumbering?: 'Decimal' | 'Disc';
}

export interface StructElem extends StructProps {
  type: StructType;
  kids: (StructElem | MarkedRef)[];
}

/** Why something is an artifact; pagination artifacts carry their subtype in the PDF. */
export type ArtifactKind = 'layout' | 'header' | 'footer';

/** Who owns content being drawn: a structure element, or an artifact. */
export type ContentOwner = StructElem | ArtifactKind;

export const isElem = (k: StructElem | MarkedRef): k is StructElem => 'type' in k;

export class Tagger {
  readonly root: StructElem = { type: 'Document', kids: [] };
  private readonly stack: StructElem[] = [this.root];
  private override: ContentOwner | null = null;
  private figure: StructElem | null = null;

  /** Owner of text drawn now. */
  get textOwner(): ContentOwner {
    return this.override ?? this.stack.at(-1)!;
  }

  /** Owner of graphics drawn now: the figure being drawn, else an artifact. */
  get graphicsOwner(): ContentOwner {
    if (this.override) return typeof this.override === 'string' ? this.override : 'layout';
    return this.figure ?? 'layout';
  }

  /** Creates a child of the current element and makes it current. */
  open(type: StructType, props: StructProps = {}): StructElem {
    const el: StructElem = { type, kids: [], ...props };
    this.stack.at(-1)!.kids.push(el);
    this.stack.push(el);
    if (type === 'Figure') this.figure = el;
    return el;
  }

  /** Creates a child of the current element without making it current (table cells, filled later). */
  add(type: StructType, props: StructProps = {}): StructElem {
    const el: StructElem = { type, kids: [], ...props };
    this.stack.at(-1)!.kids.push(el);
    return el;
  }

  close(): void {
    const el = this.stack.pop();
    if (el === this.root || !el) throw new Error('Tagger: close() uten open()');
    if (el === this.figure) this.figure = null;
  }

  /** Runs `draw` with `el` as the owner of what it draws (a table cell continued on a later page). */
  within<T>(el: StructElem, draw: () => T): T {
    return this.withOwner(el, draw);
  }

  /** Runs `draw` with everything it draws marked as an artifact. */
  artifact<T>(draw: () => T, kind: ArtifactKind = 'layout'): T {
    return this.withOwner(kind, draw);
  }

  private withOwner<T>(owner: ContentOwner, draw: () => T): T {
    const before = this.override;
    this.override = owner;
    try {
      return draw();
    } finally {
      this.override = before;
    }
  }
}
