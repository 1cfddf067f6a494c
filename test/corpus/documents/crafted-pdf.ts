/**
 * A PDF made here, byte by byte, for inputs no real file should hold (text set far off the page) and
 * for the smallest cases of a layout (a page turned a quarter, right-to-left words, soft hyphens): one page of
 * Courier text, each line `[x, y, text]` in points. Real PDFs for everything else are in
 * test/fixtures (see its README).
 */
export interface CraftedOptions {
  /** The page's `/Rotate`, with each line drawn turned the other way, so that it reads upright as shown. */
  rotate?: 90;
  /**
   * Letters A–F drawn as Hebrew (alef, bet, gimel, dalet, he, vav by their glyph names), so that a
   * line may hold right-to-left words without a font file.
   */
  hebrew?: boolean;
  /** Byte 0xAD drawn as a soft hyphen (`/sfthyphen`), as a court reporter's fonts draw every hyphen. */
  softHyphens?: boolean;
}

/** The font's encoding: WinAnsi, with Hebrew letters for A–F or a soft hyphen for 0xAD where asked. */
function encoding(options: CraftedOptions): string {
  const differences = [...(options.hebrew ? ['65 /afii57664 /afii57665 /afii57666 /afii57667 /afii57668 /afii57669'] : []), ...(options.softHyphens ? ['173 /sfthyphen'] : [])];
  return differences.length === 0 ? '/Encoding /WinAnsiEncoding' : `/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${differences.join(' ')}] >>`;
}

export function craftedPdf(lines: Array<[number, number, string]>, options: CraftedOptions = {}): Buffer {
  const escape = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`);
  const matrix = options.rotate ? '0 1 -1 0' : '1 0 0 1';
  const content = lines.map(([x, y, t]) => `BT /F1 12 Tf ${matrix} ${x} ${y} Tm (${escape(t)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]${options.rotate ? ` /Rotate ${options.rotate}` : ''} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    `<< /Type /Font /Subtype /Type1 /BaseFont /Courier ${encoding(options)} >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
