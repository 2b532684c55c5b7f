/**
 * `$((…))` arithmetic: integers, variables, + - * / %, comparisons, && || !, parentheses, and the
 * assignments `=`, `+=`, `-=` (enough for counters in loops). Errors throw with dash's wording.
 */

export class ArithError extends Error {}

type Vars = { get(name: string): string | undefined; set(name: string, v: string): void };

export function evalArith(expr: string, vars: Vars): number {
  const toks = expr.match(/\d+|[A-Za-z_]\w*|\+=|-=|\*=|\/=|==|!=|<=|>=|&&|\|\||<<|>>|[-+*/%()<>!=~^&|?:]|\S/g) ?? [];
  let i = 0;
  const peek = () => toks[i];
  const num = (name: string): number => {
    const v = vars.get(name) ?? '';
    const n = v === '' ? 0 : Number.parseInt(v, 10);
    return Number.isNaN(n) ? 0 : n;
  };

  const primary = (): number => {
    const t = toks[i++];
    if (t === undefined) throw new ArithError('arithmetic syntax error');
    if (t === '(') {
      const v = assign();
      if (toks[i++] !== ')') throw new ArithError('arithmetic syntax error');
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() === 0 ? 1 : 0;
    if (t === '~') return ~primary();
    if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
    if (/^[A-Za-z_]/.test(t)) return num(t);
    throw new ArithError('arithmetic syntax error');
  };

  const LEVELS: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
  const binary = (level: number): number => {
    if (level >= LEVELS.length) return primary();
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
    const name = toks[i];
    const op = toks[i + 1];
    if (name !== undefined && /^[A-Za-z_]/.test(name) && (op === '=' || op === '+=' || op === '-=' || op === '*=' || op === '/=')) {
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

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return (a + b) | 0;
    case '-': return (a - b) | 0;
    case '*': return Math.imul(a, b);
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
