/**
 * `$((…))` arithmetic as busybox ash does it: integers (decimal, `0x` hex, leading-0 octal),
 * variables, + - * / % `**`, comparisons, bit operators, && || !, `?:`, parentheses, `++`/`--`
 * (prefix and postfix) and the assignments `=`, `+=`, `-=`, `*=`, `/=`, `%=`. Values are JS numbers
 * truncated to integers (exact to 2^53, enough for `$(date +%s) * 1000`; ash uses 64-bit).
 */

export class ArithError extends Error {}

/** Parenthesis / unary nesting accepted in one expression (dash has no limit; it would crash first). */
export const MAX_ARITH_NESTING = 200;

type Vars = { get(name: string): string | undefined; set(name: string, v: string): void };

export function evalArith(expr: string, vars: Vars): number {
  const toks = expr.match(/0[xX][0-9a-fA-F]+|\d+|[A-Za-z_]\w*|\*\*|\+\+|--|\+=|-=|\*=|\/=|%=|==|!=|<=|>=|&&|\|\||<<|>>|[-+*/%()<>!=~^&|?:]|\S/g) ?? [];
  let i = 0;
  const peek = () => toks[i];
  const num = (name: string): number => {
    const v = (vars.get(name) ?? '').trim();
    const n = v === '' ? 0 : literal(v);
    return Number.isNaN(n) ? 0 : n;
  };
  const isName = (t: string | undefined): t is string => t !== undefined && /^[A-Za-z_]/.test(t);
  /** `++x` / `x--` …: update the variable, return the new (prefix) or old (postfix) value. */
  const step = (name: string, by: number, prefix: boolean): number => {
    const old = num(name);
    vars.set(name, String(old + by));
    return prefix ? old + by : old;
  };

  // Nesting (parentheses, unary operators) is recursion here: bounded so `$((((((…` cannot overflow the stack.
  let depth = 0;
  const primary = (): number => {
    if (++depth > MAX_ARITH_NESTING) throw new ArithError('arithmetic expression nested too deeply');
    try {
      return primaryInner();
    } finally {
      depth--;
    }
  };
  const primaryInner = (): number => {
    const t = toks[i++];
    if (t === undefined) throw new ArithError('arithmetic syntax error');
    if (t === '(') {
      const v = assign();
      if (toks[i++] !== ')') throw new ArithError('arithmetic syntax error');
      return v;
    }
    if ((t === '++' || t === '--') && isName(peek())) return step(toks[i++] as string, t === '++' ? 1 : -1, true);
    if (t === '--') return primary(); // `--5` is two unary minuses
    if (t === '++') return primary();
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() === 0 ? 1 : 0;
    if (t === '~') return ~primary();
    if (/^\d/.test(t)) {
      const n = literal(t);
      if (Number.isNaN(n)) throw new ArithError('arithmetic syntax error');
      return n;
    }
    if (isName(t)) {
      const p = peek();
      if (p === '++' || p === '--') {
        i++;
        return step(t, p === '++' ? 1 : -1, false);
      }
      return num(t);
    }
    throw new ArithError('arithmetic syntax error');
  };

  const LEVELS: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
  /** `a ** b`: binds tighter than `*` and groups to the right. */
  const power = (): number => {
    const base = primary();
    if (peek() !== '**') return base;
    i++;
    const exp = power();
    if (exp < 0) throw new ArithError('exponent less than 0');
    return Math.trunc(base ** exp);
  };
  const binary = (level: number): number => {
    if (level >= LEVELS.length) return power();
    let left = binary(level + 1);
    const ops = LEVELS[level] as string[];
    while (peek() !== undefined && ops.includes(peek() as string)) {
      const op = toks[i++] as string;
      const right = binary(level + 1);
      left = apply(op, left, right);
    }
    return left;
  };

  const assign = (): number => {
    if (++depth > MAX_ARITH_NESTING) throw new ArithError('arithmetic expression nested too deeply');
    try {
      return assignInner();
    } finally {
      depth--;
    }
  };
  const assignInner = (): number => {
    const name = toks[i];
    const op = toks[i + 1];
    if (isName(name) && (op === '=' || op === '+=' || op === '-=' || op === '*=' || op === '/=' || op === '%=')) {
      i += 2;
      const rhs = assign();
      const v = op === '=' ? rhs : apply(op[0] as string, num(name), rhs);
      vars.set(name, String(v));
      return v;
    }
    const cond = binary(0);
    if (peek() === '?') {
      i++;
      const a = assign();
      if (toks[i++] !== ':') throw new ArithError('arithmetic syntax error');
      const b = assign();
      return cond !== 0 ? a : b;
    }
    return cond;
  };

  if (toks.length === 0) return 0;
  const v = assign();
  if (i < toks.length) throw new ArithError('arithmetic syntax error');
  return v;
}

/** A numeric literal: `0x1f` hex, `017` octal (as ash), else decimal; NaN when malformed (`08`). */
function literal(t: string): number {
  if (/^0[xX][0-9a-fA-F]+$/.test(t)) return Number.parseInt(t.slice(2), 16);
  if (/^0\d+$/.test(t)) return /^0[0-7]+$/.test(t) ? Number.parseInt(t.slice(1), 8) : Number.NaN;
  if (/^-?\d+$/.test(t)) return Number(t);
  return Number.NaN;
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
    case '%':
      if (b === 0) throw new ArithError('divide by zero');
      return op === '/' ? Math.trunc(a / b) : a % b;
    case '<': return a < b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '&&': return a !== 0 && b !== 0 ? 1 : 0;
    case '||': return a !== 0 || b !== 0 ? 1 : 0;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '<<': return a << b;
    case '>>': return a >> b;
    default: throw new ArithError('arithmetic syntax error');
  }
}
