/**
 * What a web page puts above its content, copied with its text: never a title, and no one's words
 * where a title would stand. Read by the labelled readers' title (`labels/analysis.ts`) and the
 * article reader's headline (`prose-blocks.ts`).
 */

/** Whole lines of furniture (phrases, lower case: a film may be called `Home`). */
const PAGE_FURNITURE = new Set([
  'you are here', 'skip to main content', 'skip to content', 'skip navigation', 'main menu', 'toggle navigation',
  // A transcription service's template above the speech (Word's Transcribe: `Audio file`, the recording's name, `Transcript`).
  'audio file', 'video file', 'transcript', 'transcription', 'untitled', 'recording',
  // A station's player and the site's account links above the headline (KPBS, a German trade paper).
  'play live radio', 'next up:', 'next up', 'available on air stations', 'watch live', 'listen live', 'listen', 'login', 'log in', 'sign in', 'subscribe', 'menu', 'search', 'share', 'donate',
]);
/**
 * A link back up the site, copied with the page: CNN's `Return to Transcripts main page`, `Back to top`.
 * A title may open so (`Back to the Future`, `Back to School with …`): only a link's own ends count.
 */
const NAVIGATION = /^(?:return|back|go back) to\b.{0,40}?\b(?:main page|top|home(?: ?page)?|index|menu|list|results)$/i;
/** A player's clock alone on a line, copied with the page: `0:00`. */
const PLAYER_CLOCK = /^\d{1,2}:\d{2}$/;
/** The name of a recording's file, which a transcription service writes above the speech: no title. */
const RECORDING_FILE = /\.(?:mp3|mp4|m4a|wav|ogg|webm|mov|aac|flac)$/i;

/** True for a line (trimmed) that is a page's furniture, not its title. */
export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.has(line.toLowerCase()) || NAVIGATION.test(line) || PLAYER_CLOCK.test(line) || RECORDING_FILE.test(line);
}
