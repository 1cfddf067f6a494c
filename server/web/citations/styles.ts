/**
 * The citation styles: every `.csl` file in `csl/styles/` (the official APA 7, MLA 9 and Chicago 17
 * files ship there; drop in any other CSL style file and it appears on quote pages), and the CSL
 * locale files in `csl/locales/`. A dependent style (one that names an independent parent) is run
 * with its parent's file when that file is present too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../csl');

/** The three styles Verbatim promises, by key, and their files. */
export const CORE_STYLES = { apa: 'apa', mla: 'modern-language-association', chicago: 'chicago-notes-bibliography-17th-edition' } as const;
export type CoreStyle = keyof typeof CORE_STYLES;

export interface StyleInfo {
  /** `apa`, `mla`, `chicago`, or the file name (without `.csl`) of another style. */
  key: string;
  file: string;
  /** The style's own title ("APA Style 7th edition"). */
  title: string;
  /** `note` styles (Chicago notes) cite in footnotes; `in-text` ones in parentheses. */
  class: 'note' | 'in-text';
  /** The XML to run: the file itself, or its independent parent's. */
  xml: string;
  /** For a dependent style: its default locale, which overrides the parent's. */
  locale: string | null;
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim() ?? null;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/** Reads every style file once. Files that are not CSL styles are skipped with a reason. */
export function loadStyles(dir = path.join(CSL_DIR, 'styles')): { styles: StyleInfo[]; skipped: Array<{ file: string; reason: string }> } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.csl')).sort();
  const raw = files.map((file) => ({ file, xml: readFileSync(path.join(dir, file), 'utf8') }));
  const byId = new Map(raw.map((r) => [tag(r.xml, 'id'), r]));
  const core = new Map(Object.entries(CORE_STYLES).map(([k, f]) => [`${f}.csl`, k]));
  const styles: StyleInfo[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  for (const { file, xml } of raw) {
    if (!/<style\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml)) {
      skipped.push({ file, reason: 'not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl">)' });
      continue;
    }
    const parentId = /<link\s+href="([^"]+)"\s+rel="independent-parent"/.exec(xml)?.[1];
    const parent = parentId ? byId.get(parentId) : undefined;
    if (parentId && !parent) {
      skipped.push({ file, reason: `a dependent style whose parent (${parentId}) is not in ${dir}` });
      continue;
    }
    const run = parent?.xml ?? xml;
    styles.push({
      key: core.get(file) ?? file.replace(/\.csl$/, ''),
      file,
      title: decode(tag(xml, 'title') ?? file),
      class: /<style\b[^>]*class="note"/.test(run) ? 'note' : 'in-text',
      xml: run,
      locale: parent ? (/<style\b[^>]*default-locale="([^"]+)"/.exec(xml)?.[1] ?? null) : null,
    });
  }
  // The three promised styles first, in a fixed order; any others after them by title.
  const order = (s: StyleInfo) => (s.key in CORE_STYLES ? Object.keys(CORE_STYLES).indexOf(s.key) : 99);
  styles.sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title));
  return { styles, skipped };
}

/** The locale XML for a language tag ("en-US"), falling back to its language and then to en-US. */
export function localeLoader(dir = path.join(CSL_DIR, 'locales')): (lang: string) => string | null {
  const files = new Set(readdirSync(dir));
  const cache = new Map<string, string | null>();
  return (lang) => {
    if (!cache.has(lang)) {
      const exact = `locales-${lang}.xml`;
      const prefix = [...files].find((f) => f.startsWith(`locales-${lang.split('-')[0]}`));
      const file = files.has(exact) ? exact : (prefix ?? 'locales-en-US.xml');
      cache.set(lang, files.has(file) ? readFileSync(path.join(dir, file), 'utf8') : null);
    }
    return cache.get(lang)!;
  };
}
