/** The UTF-8 of one code point, byte by byte: the case store's hash and comparison and the scanner's decoding of references share it. */

/** The marker bits of a UTF-8 lead byte, by the character's length in bytes. */
const LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

/** The UTF-8 length of a code point. */
export const utf8Length = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** Byte `b` of the `n`-byte UTF-8 of a code point (`n` from utf8Length). */
export const utf8Byte = (code: number, n: number, b: number): number =>
  n === 1 ? code : b === 0 ? LEAD[n]! | (code >> (6 * (n - 1))) : 0x80 | ((code >> (6 * (n - 1 - b))) & 0x3f);
