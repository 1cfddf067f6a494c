/**
 * Start-up and indexing failures as people read them: one message naming the setting or file at
 * fault and what to do about it, and an exit status — 2 for configuration (a setting, a folder, a
 * port), 1 for data (a file that cannot be read or written, a full disk). Never a stack trace: the
 * command-line shells (`main.ts`, `scripts/`) print `explainFailure(…).message` and exit with its code.
 */
import { ConfigError } from './config.ts';

/** A failure whose message already says what to do. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly kind: 'configuration' | 'data',
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Where the failure happened, for messages that name it. */
export interface FailureContext {
  host?: string;
  port?: number;
  dataDir?: string;
  transcriptsDir?: string;
}

/** The system error (ENOSPC, EADDRINUSE…) behind an error, looking through its causes. */
function systemError(error: unknown): NodeJS.ErrnoException | null {
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!)) return e as NodeJS.ErrnoException;
  }
  return null;
}

/** The message and exit status for any failure met while starting, serving or indexing. */
export function explainFailure(error: unknown, context: FailureContext = {}): { message: string; exitCode: 1 | 2 } {
  if (error instanceof ConfigError) return { message: error.message, exitCode: 2 };
  if (error instanceof StartupError) return { message: error.message, exitCode: error.kind === 'configuration' ? 2 : 1 };
  const system = systemError(error);
  const where = system?.path ?? (context.dataDir ? `the index in DATA_DIR (${context.dataDir})` : 'the data folder');
  const listening = system?.syscall === 'listen' || system?.syscall === 'bind';
  const address = `${context.host ?? 'HOST'}:${context.port ?? 'PORT'}`;
  switch (system?.code) {
    case 'EADDRINUSE':
      return { message: `PORT ${context.port ?? ''} is already in use on ${context.host ?? 'this machine'}: stop the program using it, or set PORT to a free port.`, exitCode: 2 };
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      if (listening || system.syscall === 'getaddrinfo') {
        return { message: `HOST ${context.host ?? ''} is not an address of this machine: set HOST to 127.0.0.1, 0.0.0.0 or one of its own addresses.`, exitCode: 2 };
      }
      break;
    case 'ENOSPC':
    case 'EDQUOT':
      return { message: `No space left to write ${where}: free some space on that disk (or set DATA_DIR to a folder on another) and run again. The previous index, if any, is unchanged.`, exitCode: 1 };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      if (listening) return { message: `Cannot listen on ${address}: permission denied (ports below 1024 need privileges). Set PORT to 1024 or above.`, exitCode: 2 };
      return { message: `${where} cannot be written or read (${system.code}): check the permissions of DATA_DIR (${context.dataDir ?? 'data'}) and TRANSCRIPTS_DIR, or point them elsewhere.`, exitCode: 2 };
    case 'ENOTDIR':
      return { message: `${where} is not a folder: DATA_DIR and TRANSCRIPTS_DIR must name folders.`, exitCode: 2 };
  }
  return { message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}
