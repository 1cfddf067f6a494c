/**
 * Transcripts that put the speaker's name on a line of its own, the speech below: broadcast news
 * (`PAVEL NOVAK, HOST:` then paragraphs, later `NOVAK:`), debate exports (`HOLT` alone), oral
 * histories (`Tanaka:` alone, or `Q:` and `A:`), and transcripts whose lines start with a timestamp
 * (`00:00:05 text`). Inline labels in the same file are read too.
 */
import { analyse } from './labels/analysis.ts';
import { labelScore, readLabelledTurns } from './labelled.ts';
import type { Reader } from './reader.ts';

export const news: Reader = {
  name: 'news',
  sniff(input) {
    const { labels, styles } = analyse(input);
    if (labels.length === 0) return 0;
    return labelScore(input, (styles.ownLine + (styles.qa > 0 ? styles.qa : 0)) / labels.length);
  },
  read: readLabelledTurns,
};
