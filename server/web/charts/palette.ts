/**
 * Colours for speakers in charts: a categorical scale over the speakers of one chart, most present
 * first. Every colour keeps 4.5:1 or more against the page's paper and white, so bars and strip
 * segments stay visible (and printable); hue tells speakers apart, and the legend and the data
 * table name them, so no chart depends on colour alone.
 */
import { scaleOrdinal, type ScaleOrdinal } from 'd3-scale';

export const SPEAKER_COLOURS = ['#0b5563', '#b4490a', '#6a3d9a', '#1f6f3a', '#a1286a', '#2b5fad', '#7a5c00', '#8c2d2d'] as const;
/** Unattributed speech: grey, never one of the speaker colours. */
export const UNATTRIBUTED_COLOUR = '#6b777e';
/** The one colour of single-series charts (quotes per source, per year). */
export const SERIES_COLOUR = SPEAKER_COLOURS[0];

/** A colour per speaker slug (null: unattributed); speakers beyond the palette reuse it in order. */
export function speakerColours(slugs: Array<string | null>): (slug: string | null) => string {
  const scale: ScaleOrdinal<string, string> = scaleOrdinal<string, string>().domain(slugs.filter((s): s is string => s !== null)).range(SPEAKER_COLOURS);
  return (slug) => (slug === null ? UNATTRIBUTED_COLOUR : scale(slug));
}
