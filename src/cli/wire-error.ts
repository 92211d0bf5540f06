import { ConfigError } from '../config/types.js';
import { InputError } from '../input/errors.js';

/** An error as plain data, to cross from a worker thread to the command. */
export type WireError =
  | { kind: 'input'; path: string; message: string }
  | { kind: 'config'; message: string; file?: string; key?: string }
  | { kind: 'other'; message: string; stack?: string };

export function toWire(error: unknown): WireError {
  if (error instanceof InputError) return { kind: 'input', path: error.path, message: error.message };
  if (error instanceof ConfigError) {
    return {
      kind: 'config',
      message: error.message,
      ...(error.file === undefined ? {} : { file: error.file }),
      ...(error.key === undefined ? {} : { key: error.key }),
    };
  }
  if (error instanceof Error) return { kind: 'other', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: 'other', message: String(error) };
}

/** The error again, of the class the command handles. */
export function fromWire(wire: WireError): Error {
  if (wire.kind === 'input') return new InputError(wire.path, wire.message);
  if (wire.kind === 'config') return new ConfigError(wire.message, wire.file, wire.key);
  const error = new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
