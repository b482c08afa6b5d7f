// JSON lines read as bytes, one line at a time, with a cap on a line's size: a line over the cap
// is skipped as it streams (only its first bytes are kept, to name it), so one huge line costs
// neither memory nor time and the lines after it go on. Node's readline would hold the whole line
// (and fail outright on a line above V8's string limit, about 512 MB).
//   - A line ends at LF; a CR before the LF is dropped (CRLF files), as is a byte-order mark at
//     the start of a line (a file's BOM, or one left by concatenating files).
//   - A last line without LF is a line; a final LF does not start another one.
//   - Invalid UTF-8 decodes to U+FFFD, as Node's readline gives it.

/** One line of the stream. */
export type SplitLine =
  | { lineNo: number; bytes: number; text: string; tooLong?: undefined }
  /** Over the cap: `head` holds the first bytes of the line, decoded, to name it in the error. */
  | { lineNo: number; bytes: number; text?: undefined; tooLong: true; head: string };

/** Bytes kept of a line over the cap. */
const HEAD_BYTES = 4096;

export async function* splitLines(stream: AsyncIterable<Buffer | Uint8Array | string>, maxBytes: number): AsyncGenerator<SplitLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let head: Buffer | null = null;
  let lineNo = 0;
  let pending = false;

  const add = (piece: Buffer) => {
    pending = true;
    if (head) {
      size += piece.length;
      return;
    }
    if (size + piece.length > maxBytes + 1) {
      // +1: the CR of a CRLF line is not counted against the cap.
      head = Buffer.concat([...parts, piece.subarray(0, Math.max(0, HEAD_BYTES - size))]).subarray(0, HEAD_BYTES);
      parts = [];
    } else {
      parts.push(piece);
    }
    size += piece.length;
  };
  const finish = (): SplitLine => {
    lineNo++;
    let out: SplitLine;
    if (head) {
      out = { lineNo, bytes: size, tooLong: true, head: decodeLine(head) };
    } else {
      let buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      if (buf.length > 0 && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
      out =
        buf.length > maxBytes
          ? { lineNo, bytes: buf.length, tooLong: true, head: decodeLine(buf.subarray(0, HEAD_BYTES)) }
          : { lineNo, bytes: buf.length, text: decodeLine(buf) };
    }
    parts = [];
    size = 0;
    head = null;
    pending = false;
    return out;
  };

  for await (const chunk of stream) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = 0;
    for (let nl = buf.indexOf(0x0a, at); nl >= 0; nl = buf.indexOf(0x0a, at)) {
      add(buf.subarray(at, nl));
      yield finish();
      at = nl + 1;
    }
    if (at < buf.length) add(buf.subarray(at));
  }
  if (pending) yield finish();
}

function decodeLine(buf: Buffer): string {
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The `id` of a line that is not valid JSON (or too long to read), where its start gives one
 * as JSON: `{"id": "a1", "text": ...` gives "a1"; null otherwise.
 */
export function recoverId(line: string): string | number | null {
  const m =
    /^\s*\{\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false|null)\s*,\s*)*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      line.slice(0, HEAD_BYTES),
    );
  if (!m) return null;
  try {
    const id = JSON.parse(m[1]) as unknown;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}
