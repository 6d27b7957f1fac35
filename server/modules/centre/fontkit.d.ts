/** fontkit (PDFKit's font engine) ships no types; the centre's PDFs only need to parse a font once. */
declare module 'fontkit' {
  export function create(buffer: Uint8Array): { layout: (...args: unknown[]) => unknown };
}
