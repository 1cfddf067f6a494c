/**
 * The card fonts: Noto Sans (Latin, Latin Extended, Greek, Cyrillic) and Noto Sans Arabic, regular
 * and bold, from the @fontsource npm packages (SIL Open Font License 1.1; their licence files ship
 * in the packages). WOFF, not WOFF2: satori reads TTF, OTF and WOFF. Satori picks, glyph by glyph,
 * the first listed font that has it, so Arabic names render in Noto Sans Arabic.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);
const dir = (pkg: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files');

const FILES: Array<[string, string, string]> = [
  ['Noto Sans', '@fontsource/noto-sans', 'noto-sans-latin'],
  ['Noto Sans', '@fontsource/noto-sans', 'noto-sans-latin-ext'],
  ['Noto Sans', '@fontsource/noto-sans', 'noto-sans-greek'],
  ['Noto Sans', '@fontsource/noto-sans', 'noto-sans-cyrillic'],
  ['Noto Sans Arabic', '@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic'],
];

export function loadCardFonts(): CardFont[] {
  const fonts: CardFont[] = [];
  for (const [name, pkg, stem] of FILES) {
    for (const weight of [400, 700] as const) fonts.push({ name, weight, style: 'normal', data: readFileSync(path.join(dir(pkg), `${stem}-${weight}-normal.woff`)) });
  }
  return fonts;
}
