/**
 * PodLife command line (ARCHITECTURE §4): `simulate` and `explain`. Thin: parse arguments, run the
 * command, map errors to exit codes (2 usage, 1 input, 1 + `internal error` for bugs); never a
 * stack trace.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError, USAGE, UsageError, parseArgs } from './args';
import type { Io } from './io';

/** Largest input file read (manifests are kilobytes; `/dev/zero` or a huge file must not eat memory). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Read a UTF-8 file after checking, on the open descriptor, that it is a regular file of sane size. */
function readInput(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(`cannot read ${path}: is a directory`);
    if (!st.isFile()) throw new InputError(`cannot read ${path}: not a regular file`);
    if (st.size > MAX_INPUT_BYTES) throw new InputError(`cannot read ${path}: file is ${st.size} bytes (the limit is ${MAX_INPUT_BYTES} bytes, 5 MB)`);
    return readFileSync(fd, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// `simulate f.yaml | head -c100`: the reader went away; stop quietly as Unix tools do (no stack trace).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`podlife: cannot write output: ${e.message}\n`);
  process.exit(1);
});

const io: Io = {
  readFile: readInput,
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
