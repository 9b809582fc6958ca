// pngjs comes with qrcode and ships no types: the one call the tests use.
declare module 'pngjs' {
  export const PNG: { sync: { read(bytes: Buffer): { width: number; height: number; data: Buffer } } };
}
