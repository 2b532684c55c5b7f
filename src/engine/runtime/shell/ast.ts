/** The syntax tree of the POSIX sh subset the runtime interprets. */

export type WordPart =
  /** Literal text; `quoted` parts are never field-split or globbed. */
  | { t: 'lit'; v: string; quoted: boolean }
  /**
   * `$name`, `${name}`, `${name:-word}` … (`op` is the operator, `arg` its word). busybox ash's
   * `${name/pat/rep}` (`op` '/' or '//') and `${name:off:len}` (`op` ':') use `arg2` for the second part.
   */
  | { t: 'var'; name: string; quoted: boolean; op?: string; arg?: Word; arg2?: Word }
  /** `$(…)` or backquotes. */
  | { t: 'sub'; body: List; quoted: boolean }
  /** `$((…))`; `word` holds the expression parsed as a double-quoted word when it has `$(…)` or backquotes in it. */
  | { t: 'arith'; expr: string; quoted: boolean; word?: Word };

export interface Word {
  parts: WordPart[];
  /** Contains a command substitution somewhere (expansion may block). */
  hasSub: boolean;
  /** A plain literal (no quotes, no expansions): used for keywords and the fast path. */
  plain?: string;
}

export interface Redir {
  fd: number;
  /** `<<<` is a here-string (the expanded word plus a newline). `<<` is a here-document: `target` is its body (expanded without splitting unless the delimiter was quoted). */
  op: '>' | '>>' | '<' | '>&' | '<&' | '<<' | '<<<';
  target: Word;
}

export interface Assign {
  name: string;
  value: Word;
}

export type Command =
  | { t: 'simple'; assigns: Assign[]; words: Word[]; redirs: Redir[] }
  | { t: 'if'; clauses: { cond: List; body: List }[]; otherwise?: List; redirs: Redir[] }
  | { t: 'loop'; until: boolean; cond: List; body: List; redirs: Redir[] }
  | { t: 'for'; name: string; items?: Word[]; body: List; redirs: Redir[] }
  | { t: 'group'; body: List; subshell: boolean; redirs: Redir[] }
  /** `case word in pat|pat) list ;; … esac`: the first item with a matching pattern runs. */
  | { t: 'case'; word: Word; items: { patterns: Word[]; body: List }[]; redirs: Redir[] }
  | { t: 'func'; name: string; body: Command };

export interface Pipeline {
  bang: boolean;
  cmds: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; p: Pipeline }[];
  background: boolean;
}

export type List = AndOr[];

/** A parse failure with the message busybox ash prints (without the `sh: ` prefix). */
export class ShellSyntaxError extends Error {}
