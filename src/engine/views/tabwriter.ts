/**
 * Go's text/tabwriter (left-aligned, space padding), which kubectl uses for `get` and `describe`.
 * Cells are tab-terminated; the text after a line's last tab is not part of any column. A column
 * block is a run of consecutive lines that have a cell in that column, so a line without that
 * cell (e.g. `IPs:`) ends the block and the next block is aligned on its own — exactly why
 * describe's sections line up the way they do.
 */

export interface TabwriterOptions {
  /** Minimal cell width including padding. describe: 0; printers (get): 6. */
  minwidth: number;
  /** Padding added to the widest cell. describe: 2; get: 3. */
  padding: number;
}

const width = (s: string): number => [...s].length;

/** Aligns tab-separated text the way Go's tabwriter does on Flush. */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  const endsWithNewline = text.endsWith('\n');
  const rawLines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const lines = rawLines.map((l) => l.split('\t'));
  const out: string[] = [];
  format(lines, [], 0, lines.length, out, opts);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

function format(
  lines: string[][],
  widths: number[],
  line0: number,
  line1: number,
  out: string[],
  opts: TabwriterOptions,
): void {
  const column = widths.length;
  let start = line0;
  for (let t = line0; t < line1; t++) {
    if (column >= lines[t]!.length - 1) continue;
    // A cell exists in this column: print the lines before the block, then size the block.
    writeLines(lines, widths, start, t, out);
    start = t;
    let w = opts.minwidth;
    for (; t < line1; t++) {
      const line = lines[t]!;
      if (column >= line.length - 1) break;
      w = Math.max(w, width(line[column]!) + opts.padding);
    }
    widths.push(w);
    format(lines, widths, start, t, out, opts);
    widths.pop();
    start = t;
  }
  writeLines(lines, widths, start, line1, out);
}

function writeLines(lines: string[][], widths: number[], line0: number, line1: number, out: string[]): void {
  for (let i = line0; i < line1; i++) {
    const cells = lines[i]!;
    let s = '';
    cells.forEach((cell, j) => {
      s += cell;
      const w = widths[j];
      if (j < cells.length - 1 && w !== undefined) s += ' '.repeat(Math.max(0, w - width(cell)));
    });
    out.push(s);
  }
}
