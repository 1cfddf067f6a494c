/**
 * TTML's time expressions (TTML 1, §10.3.1): clock times (`00:01:02.5`, or with frames and
 * sub-frames, `00:01:02:12.1`) and offsets in hours, minutes, seconds, milliseconds, frames or ticks
 * (`62.5s`, `1500ms`, `30f`, `1200t`), frames and ticks counted at the document's own rates.
 */

/** The document's frame and tick rates, which frame and tick times are counted in. */
export interface Rates {
  frame: number;
  subFrame: number;
  tick: number;
}

/** The rates the `<tt>` element's `ttp:` parameters give. */
export function ratesOf(tt: Record<string, string>): Rates {
  const [num, den] = (tt.frameRateMultiplier ?? '1 1').split(/\s+/).map(Number);
  const frame = (Number(tt.frameRate) || 30) * (num && den ? num / den : 1);
  const subFrame = Number(tt.subFrameRate) || 1;
  // Without a tick rate, a tick is a sub-frame where a frame rate is given, else a second (TTML 1, §7.2.10).
  const tick = Number(tt.tickRate) || (tt.frameRate ? frame * subFrame : 1);
  return { frame, subFrame, tick };
}

const CLOCK = /^(\d{1,3}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{1,3})(?:\.(\d+))?)?$/;
const OFFSET = /^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$/;

/** Seconds of a TTML time expression, or undefined when it is none. */
export function ttmlSeconds(expression: string, rates: Rates): number | undefined {
  const value = expression.trim();
  const clock = CLOCK.exec(value);
  if (clock) {
    const [, h, m, s, fraction, frames, subFrames] = clock;
    let seconds = Number(h) * 3600 + Number(m) * 60 + Number(s) + (fraction ? Number(fraction) : 0);
    if (frames) seconds += (Number(frames) + (subFrames ? Number(`0.${subFrames}`) : 0)) / rates.frame;
    return seconds;
  }
  const offset = OFFSET.exec(value);
  if (!offset) return undefined;
  const n = Number(offset[1]);
  const unit = offset[2];
  return unit === 'h' ? n * 3600 : unit === 'm' ? n * 60 : unit === 's' ? n : unit === 'ms' ? n / 1000 : unit === 'f' ? n / rates.frame : n / rates.tick;
}
