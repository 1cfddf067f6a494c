/** Messages between the web server and the embedded engine's search thread, and errors across it. */
import { AppError, EngineError, EngineUnavailableError, type ErrorCode, type ErrorDetails } from '../../errors.ts';
import type { SearchEngine } from '../engine.ts';

/** The engine methods the thread answers; `catalogAt` is `catalog` with the generation it belongs to. */
export type EngineMethod = Exclude<keyof SearchEngine, 'name'> | 'catalogAt';

export interface EngineCall {
  id: number;
  method: EngineMethod;
  args: unknown[];
}

export interface SerializedError {
  name: string;
  message: string;
  status?: number;
  code?: ErrorCode;
  details?: ErrorDetails;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return { name: error.name, message: error.message, status: error.status, code: error.code, details: error.details };
  return { name: (error as Error)?.name ?? 'Error', message: (error as Error)?.message ?? String(error) };
}

/** The error the thread threw, as the same class on this side. */
export function deserializeError(e: SerializedError): Error {
  if (e.name === 'EngineUnavailableError') return new EngineUnavailableError(e.message);
  if (e.name === 'EngineError') return new EngineError(e.message);
  if (e.status !== undefined && e.code) return new AppError(e.status, e.code, e.message, e.details ?? {});
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}
