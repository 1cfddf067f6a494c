/** Messages between the web server and the citation thread (`worker.ts`). */
import type { CslItem } from './csl-item.ts';
import type { CiteRequest } from './in-text.ts';
import type { StyleOutput } from './processor.ts';
import type { WorkerReply } from '../../util/worker.ts';

export interface FormatCall {
  id: number;
  item: CslItem;
  cite: CiteRequest;
  /** Style keys to format; all styles when absent. */
  styles?: string[];
}

export type FormatReply = WorkerReply<StyleOutput[]>;
