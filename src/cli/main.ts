/**
 * PodLife command line (ARCHITECTURE §4): `simulate` and `explain`. Thin: parse arguments, run the
 * command, map errors to exit codes (2 usage, 1 input, 1 + `internal error` for bugs); never a
 * stack trace.
 */
import { readFileSync } from 'node:fs';
import { InputError, USAGE, UsageError, parseArgs } from './args';
import type { Io } from './io';

const io: Io = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
      throw new InputError(`cannot read ${path}: ${why}`);
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function run(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    // Loaded here, inside the try, so that even a broken engine module ends as one clear line.
    if (args.command === 'explain') {
      const { explainCommand } = await import('./explainCommand');
      return explainCommand(args, io, args.now ?? Date.now());
    }
    const { simulateCommand } = await import('./simulateCommand');
    return simulateCommand(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`podlife: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`podlife: ${e.message}\n`);
      return 1;
    }
    io.stderr(`podlife: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
