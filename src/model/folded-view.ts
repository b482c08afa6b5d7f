// A folded second view of the text (src/text/normalize makes it): matching runs on it, hits map back.
export interface FoldedView {
  /** The folded text. */
  text: string;
  /** `toSource[i]` is the source offset of folded code unit i; `toSource[text.length]` is the source length. */
  toSource: Int32Array;
}
