/**
 * Recursive-descent parser for the sh subset: lists, `&&`/`||`, `!`, pipelines, `if`, `while`,
 * `until`, `for`, `case`, `{ …; }`, `( … )`, functions, redirections, assignments. Parsed scripts are
 * cached by text, so a probe that runs `cat /tmp/healthy` every second parses it once.
 */
import { ShellSyntaxError, type AndOr, type Command, type List, type Pipeline, type Redir, type Word } from './ast';
import { tokenize, type Token } from './lexer';

/**
 * Compound commands and `$(…)` nested inside each other in one script. Parsing (and later running)
 * recurses once per level; past this a script is refused instead of overflowing the JS stack.
 */
export const MAX_NESTING = 100;
/** Nesting of the parse in progress, across `$(…)` sub-parses (they recurse through the tokenizer). */
let nesting = 0;

function nest<T>(f: () => T): T {
  if (++nesting > MAX_NESTING) {
    nesting--;
    throw new ShellSyntaxError(`syntax error: commands nested more than ${MAX_NESTING} levels deep`);
  }
  try {
    return f();
  } finally {
    nesting--;
  }
}

const RESERVED_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}', 'in', 'esac']);

class Parser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token {
    return this.toks[this.pos] as Token;
  }
  private next(): Token {
    return this.toks[this.pos++] as Token;
  }
  private keyword(): string | undefined {
    const t = this.peek();
    return t.k === 'word' ? t.w.plain : undefined;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  private skipNewlines(): void {
    while (this.isOp('\n')) this.pos++;
  }
  private describe(t: Token): string {
    if (t.k === 'eof') return 'end of file';
    if (t.k === 'op') return t.v === '\n' ? 'newline' : `"${t.v}"`;
    if (t.k === 'redir') return `redirection`;
    return `"${t.w.plain ?? 'word'}"`;
  }
  private expectWord(kw: string): void {
    this.skipNewlines();
    if (this.keyword() !== kw) {
      const t = this.peek();
      if (t.k === 'eof') throw new ShellSyntaxError(`syntax error: unexpected end of file (expecting "${kw}")`);
      throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(t)} (expecting "${kw}")`);
    }
    this.pos++;
  }

  parseScript(): List {
    const list = this.parseList();
    const t = this.peek();
    if (t.k !== 'eof') throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(t)}`);
    return list;
  }

  /** A list ends at EOF, `)`, or a reserved word that closes the enclosing construct. */
  private parseList(): List {
    const list: List = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.k === 'eof' || (t.k === 'op' && (t.v === ')' || t.v === ';;'))) break;
      const kw = this.keyword();
      if (kw !== undefined && RESERVED_END.has(kw)) break;
      if (t.k === 'op' && (t.v === ';' || t.v === '&' || t.v === '|' || t.v === '&&' || t.v === '||')) {
        throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(t)}`);
      }
      const ao = this.parseAndOr();
      list.push(ao);
      if (this.isOp('&')) {
        ao.background = true;
        this.pos++;
      } else if (this.isOp(';')) this.pos++;
      else if (!this.isOp('\n')) break;
    }
    return list;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || (t.v !== '&&' && t.v !== '||')) break;
      this.pos++;
      this.skipNewlines();
      rest.push({ op: t.v, p: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let bang = false;
    while (this.keyword() === '!') {
      bang = !bang;
      this.pos++;
    }
    const cmds = [this.parseCommand()];
    while (this.isOp('|')) {
      this.pos++;
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    return { bang, cmds };
  }

  private parseRedirs(into: Redir[]): void {
    while (this.peek().k === 'redir') {
      const r = this.next() as Extract<Token, { k: 'redir' }>;
      const target = this.next();
      if (target.k !== 'word') throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(target)}`);
      into.push({ fd: r.fd, op: r.op, target: target.w });
    }
  }

  private parseCommand(): Command {
    return nest(() => this.parseCommandInner());
  }

  private parseCommandInner(): Command {
    const kw = this.keyword();
    const t = this.peek();
    let cmd: Command;
    if (kw === 'if') cmd = this.parseIf();
    else if (kw === 'while' || kw === 'until') {
      this.pos++;
      const cond = this.parseList();
      this.expectWord('do');
      const body = this.parseList();
      this.expectWord('done');
      cmd = { t: 'loop', until: kw === 'until', cond, body, redirs: [] };
    } else if (kw === 'for') cmd = this.parseFor();
    else if (kw === 'case') cmd = this.parseCase();
    else if (kw === '{') {
      this.pos++;
      const body = this.parseList();
      this.expectWord('}');
      cmd = { t: 'group', body, subshell: false, redirs: [] };
    } else if (t.k === 'op' && t.v === '(') {
      this.pos++;
      const body = this.parseList();
      if (!this.isOp(')')) throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(this.peek())} (expecting ")")`);
      this.pos++;
      cmd = { t: 'group', body, subshell: true, redirs: [] };
    } else {
      return this.parseSimple();
    }
    this.parseRedirs(cmd.t === 'func' ? [] : cmd.redirs);
    return cmd;
  }

  private parseIf(): Command {
    this.pos++;
    const clauses: { cond: List; body: List }[] = [];
    let otherwise: List | undefined;
    for (;;) {
      const cond = this.parseList();
      this.expectWord('then');
      const body = this.parseList();
      clauses.push({ cond, body });
      this.skipNewlines();
      const kw = this.keyword();
      if (kw === 'elif') {
        this.pos++;
        continue;
      }
      if (kw === 'else') {
        this.pos++;
        otherwise = this.parseList();
      }
      this.expectWord('fi');
      break;
    }
    return otherwise ? { t: 'if', clauses, otherwise, redirs: [] } : { t: 'if', clauses, redirs: [] };
  }

  private parseFor(): Command {
    this.pos++;
    const nameTok = this.next();
    const name = nameTok.k === 'word' ? nameTok.w.plain : undefined;
    if (name === undefined || !/^[A-Za-z_]\w*$/.test(name)) throw new ShellSyntaxError('syntax error: bad for loop variable');
    this.skipNewlines();
    let items: Word[] | undefined;
    if (this.keyword() === 'in') {
      this.pos++;
      items = [];
      while (this.peek().k === 'word') items.push((this.next() as Extract<Token, { k: 'word' }>).w);
    }
    if (this.isOp(';')) this.pos++;
    this.expectWord('do');
    const body = this.parseList();
    this.expectWord('done');
    return items ? { t: 'for', name, items, body, redirs: [] } : { t: 'for', name, body, redirs: [] };
  }

  /** `case WORD in [(]pat[|pat]…) list ;; … esac` (the last item's `;;` is optional). */
  private parseCase(): Command {
    this.pos++;
    const wordTok = this.next();
    if (wordTok.k !== 'word') throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(wordTok)}`);
    this.expectWord('in');
    const items: { patterns: Word[]; body: List }[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.keyword() === 'esac') {
        this.pos++;
        break;
      }
      if (this.isOp('(')) this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        const t = this.next();
        if (t.k !== 'word') throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(t)} (expecting ")")`);
        patterns.push(t.w);
        if (this.isOp('|')) {
          this.pos++;
          continue;
        }
        if (!this.isOp(')')) throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(this.peek())} (expecting ")")`);
        this.pos++;
        break;
      }
      const body = this.parseList();
      items.push({ patterns, body });
      this.skipNewlines();
      if (this.isOp(';;')) {
        this.pos++;
        continue;
      }
      this.expectWord('esac');
      break;
    }
    return { t: 'case', word: wordTok.w, items, redirs: [] };
  }

  private parseSimple(): Command {
    const cmd: Extract<Command, { t: 'simple' }> = { t: 'simple', assigns: [], words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (t.k === 'redir') {
        this.parseRedirs(cmd.redirs);
        continue;
      }
      if (t.k !== 'word') break;
      const first = t.w.parts[0];
      const m = cmd.words.length === 0 && first?.t === 'lit' && !first.quoted ? /^([A-Za-z_]\w*)=/.exec(first.v) : null;
      if (m) {
        this.pos++;
        const rest = first!.t === 'lit' ? first!.v.slice(m[0].length) : '';
        const parts = [...(rest ? [{ t: 'lit' as const, v: rest, quoted: false }] : []), ...t.w.parts.slice(1)];
        cmd.assigns.push({ name: m[1] as string, value: { parts, hasSub: t.w.hasSub } });
        continue;
      }
      this.pos++;
      cmd.words.push(t.w);
      // `name() { …; }` — a function definition.
      if (cmd.words.length === 1 && this.isOp('(') && this.toks[this.pos + 1]?.k === 'op') {
        const close = this.toks[this.pos + 1] as Token;
        if (close.k === 'op' && close.v === ')' && t.w.plain) {
          this.pos += 2;
          this.skipNewlines();
          return { t: 'func', name: t.w.plain, body: this.parseCommand() };
        }
      }
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) {
      throw new ShellSyntaxError(`syntax error: unexpected ${this.describe(this.peek())}`);
    }
    return cmd;
  }
}

/** Parse a script; throws ShellSyntaxError with busybox-style wording. */
export function parseScriptUncached(src: string): List {
  return nest(() => new Parser(tokenize(src, parseScriptUncached)).parseScript());
}

const CACHE = new Map<string, List | ShellSyntaxError>();

/** Parse with a text-keyed cache (scripts are immutable once parsed). */
export function parseScript(src: string): List {
  let r = CACHE.get(src);
  if (r === undefined) {
    try {
      r = parseScriptUncached(src);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      r = e;
    }
    if (CACHE.size > 2000) CACHE.clear();
    // Big scripts (an `eval` of generated text) are not kept: the cache stays small in memory.
    if (src.length <= 64 * 1024) CACHE.set(src, r);
  }
  if (r instanceof ShellSyntaxError) throw r;
  return r;
}
