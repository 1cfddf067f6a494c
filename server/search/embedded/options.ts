/** How an embedded engine is set up, and the state it reports (`engine.ts`). */
import type { EngineHealth, EngineStats } from '../engine.ts';

export interface EmbeddedEngineOptions {
  /** Keep the index in `DATA_DIR/embedded-index.ndjson`: loaded at start, written by `replaceAll`. */
  dataDir?: string;
  /** Reload in the background when another process renames a new index file into place. */
  watch?: boolean;
  /** Called when a background reload fails; the engine goes on serving the index it has. */
  onReloadError?: (error: unknown) => void;
  /** Called after a background reload has swapped in a new index. */
  onReload?: (stats: EngineStats) => void;
  /** Quiet time after the last file event before a reload starts (ms, default 200). */
  watchDebounceMs?: number;
  /**
   * Start even when the index file cannot be loaded (corrupt, truncated, unreadable): the engine is
   * then unhealthy, with the reason, answers searches with `EngineUnavailableError`, and recovers
   * when a good file is renamed into place. Without it, `createEmbeddedEngine` throws.
   */
  tolerateBadFile?: boolean;
  /**
   * Called whenever what the engine serves changes — a re-index, a reload, a drop, a damaged file
   * noticed — with the index's generation, figures and health (the web server answers `/health`
   * from these rather than queue behind searches on the search thread).
   */
  onState?: (state: EngineState) => void;
  /**
   * Build the in-memory index only when it is first searched: `replaceAll` checks the snapshot and
   * writes the file, and a loaded file answers its quotes, permalinks, catalog and texts as it is
   * (`unbuilt.ts`). The indexer reads the previous index back, publishes the new file and exits:
   * building indexes it never searches was a tenth of `npm run index`.
   */
  deferBuild?: boolean;
}

/** What the engine serves, reported through `onState`. */
export interface EngineState {
  generation: number;
  stats: EngineStats;
  health: EngineHealth;
}
