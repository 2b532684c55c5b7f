/** The CLI's side effects, injected so commands can be tested without a process. */
export interface Io {
  /** Reads a UTF-8 file; throws InputError with a clear message when it cannot. */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}
