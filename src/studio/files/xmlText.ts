/**
 * Office files escape characters XML cannot hold as `_xHHHH_` (ECMA-376 ST_Xstring), and a
 * literal `_x` sequence as `_x005F_x…`. These two functions are each other's inverse.
 */
export function decodeXString(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

// Control characters XML 1.0 forbids, CR (parsers turn CRLF into LF), U+FFFE/U+FFFF and lone
// surrogates. Built from code points so that no control character sits in the source.
const XML_UNSAFE = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11, 12, 13)}${String.fromCharCode(14)}-${String.fromCharCode(31)}\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

/** Text made safe for a workbook's XML: escaped as above, then as XML. */
export function encodeXString(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(
      XML_UNSAFE,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
