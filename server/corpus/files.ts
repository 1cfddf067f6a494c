/**
 * Which files of the transcripts folder are sources, and why the others are not. No file is passed
 * over silently: a README, a hidden file, metadata whose source is missing, a link leading out of
 * the folder — each is reported by name with the reason. Links (symbolic links) are followed only
 * when they stay inside the transcripts folder, the same way for sources and their sidecars.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadWarning } from './model.ts';

/** Files that are never sources, with the reason a summary gives. */
const NOT_SOURCES: Array<[RegExp, string]> = [
  [/^(?:readme|license|licence|copying|changelog|contributing)(?:\.[^.]*)?$/i, 'is a project document, not a source'],
  [/~$|\.(?:bak|swp|tmp)$/i, 'is an editor backup'],
  [/^thumbs\.db$|^desktop\.ini$/i, 'is a system file'],
  // What sits beside transcripts without being one: a cover picture, the recording itself, a download.
  // (A document Verbatim cannot read, `.doc` or `.rtf`, is likely a transcript: it is rejected with advice.)
  [/\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic|svg|ico)$/i, 'is an image, not a source'],
  [/\.(?:mp3|m4a|wav|ogg|oga|opus|flac|aac|mp4|m4v|mov|mkv|webm|avi)$/i, "is a recording, not a transcript (a transcript's metadata links its recording: `media:`)"],
  [/\.(?:zip|gz|tgz|tar|7z|rar)$/i, 'is an archive: unpack it into the folder to index what it holds'],
];
const METADATA = /\.ya?ml$/i;

/** True when `target` is `root` or inside it. */
function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The real path of a file or folder if it may be read: itself, or a link that resolves inside `root`.
 * Null (with the reason) for a link that leads outside or nowhere.
 */
export async function followable(root: string, absolute: string): Promise<{ real: string } | { reason: string }> {
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return { reason: 'is a link to a file that does not exist' };
  }
  const realRoot = await realpath(root).catch(() => root);
  return inside(realRoot, real) ? { real } : { reason: 'is a link to a file outside the transcripts folder and was not followed' };
}

export interface Listing {
  /** Source files, relative to the folder listed, with `/` separators. */
  files: string[];
  skipped: LoadWarning[];
}

/**
 * Every source file below `dir` (a collection folder), with what was skipped and why. `display` turns
 * a path relative to `dir` into the name reports use.
 */
export async function listSources(dir: string, root: string, display: (relative: string) => string): Promise<Listing> {
  const files: string[] = [];
  const skipped: LoadWarning[] = [];
  const seen = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(dir, full).split(path.sep).join('/');
      const report = (message: string) => skipped.push({ file: display(relative), message });
      if (entry.name.startsWith('.')) {
        report(`is hidden (its name starts with a dot) and was skipped`);
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await followable(root, full);
        if ('reason' in target) {
          report(target.reason);
          continue;
        }
        const info = await stat(target.real);
        isDir = info.isDirectory();
        isFile = info.isFile();
        if (isDir && seen.has(target.real)) continue;
      }
      if (isDir) {
        seen.add(await realpath(full).catch(() => full));
        await walk(full);
        continue;
      }
      if (!isFile) {
        report('is not a regular file');
        continue;
      }
      // A collection's own collection.yml is read by the loader; one deeper is not.
      if (entry.name === 'collection.yml' && path.relative(dir, folder).split(path.sep).length <= 1) continue;
      if (METADATA.test(entry.name)) {
        if (!names.has(entry.name.replace(METADATA, ''))) report(`is metadata for "${entry.name.replace(METADATA, '')}", which is not in this folder`);
        continue;
      }
      const rule = NOT_SOURCES.find(([re]) => re.test(entry.name));
      if (rule) {
        report(rule[1]);
        continue;
      }
      files.push(relative);
    }
  };
  await walk(dir);
  return { files, skipped };
}
