/**
 * Network clients against the simulated World: busybox `nslookup`, `wget`, `nc`, and `curl`, with
 * their real exit codes (wget: 0 ok, 1 on any failure; curl: 6 unresolved, 7 refused, 28 timeout,
 * 22 for HTTP ≥ 400 with -f, else 0). A timeout costs the client its timeout in simulated time.
 */
import { absPath } from '../fs';
import type { Co } from '../kernel';
import type { Invocation, Program } from '../shell/context';
import type { HttpResponse, NetResult } from '../types';

const DNS_SERVER = '10.96.0.10';

interface Url {
  host: string;
  port: number;
  path: string;
}

export function parseUrl(raw: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([^#]*)?/.exec(raw);
  if (!m || !m[2]) return undefined;
  const path = m[4] && m[4] !== '' ? (m[4].startsWith('/') ? m[4] : `/${m[4]}`) : '/';
  return { host: m[2], port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80, path };
}

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** Wait out a timeout in simulated time (the client sits there until it gives up). */
function* waitFor(inv: Invocation, ms: number): Generator<number, void, void> {
  const end = inv.ctx.world.now() + ms;
  while (inv.ctx.world.now() < end) yield end;
}

const nslookup: Program = ({ ctx, io }, argv) => {
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!name) {
    io.err('Usage: nslookup HOST [DNS_SERVER]\n');
    return 1;
  }
  const ip = ctx.world.resolve(name);
  io.out(`Server:\t\t${DNS_SERVER}\nAddress:\t${DNS_SERVER}:53\n\n`);
  if (ip === null) {
    io.out(`** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  io.out(`Name:\t${name}\nAddress: ${ip}\n\n`);
  return 0;
};

function* wget(inv: Invocation, argv: string[]): Co {
  const { ctx, io } = inv;
  let quiet = false;
  let spider = false;
  let out: string | undefined;
  let timeoutS = 900;
  let url: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-q') quiet = true;
    else if (a === '--spider' || a === '-s') spider = true;
    else if (a === '-O') out = argv[++i];
    else if (a.startsWith('-O')) out = a.slice(2);
    else if (a === '-T') timeoutS = Number(argv[++i] ?? 900);
    else if (a.startsWith('--timeout=')) timeoutS = Number(a.slice(10));
    else if (a.startsWith('-qO')) {
      quiet = true;
      out = a.length > 3 ? a.slice(3) : argv[++i];
    } else if (!a.startsWith('-')) url = a;
  }
  const u = url ? parseUrl(url) : undefined;
  if (!u) {
    io.err('BusyBox v1.36.1 multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-T SEC] URL...\n');
    return 1;
  }
  const ip = ctx.world.resolve(u.host) ?? (/^\d+\.\d+\.\d+\.\d+$/.test(u.host) ? u.host : null);
  if (ip === null) {
    io.err(`wget: bad address '${u.host}'\n`);
    return 1;
  }
  if (!quiet) io.err(`Connecting to ${u.host}${u.port === 80 ? '' : `:${u.port}`} (${ip}:${u.port})\n`);
  const r = ctx.world.httpGet(u.host, u.port, u.path, timeoutS * 1000);
  if (!r.ok) {
    if (r.error === 'timeout') {
      yield* waitFor(inv, timeoutS * 1000);
      io.err('wget: download timed out\n');
    } else if (r.error === 'unresolved') io.err(`wget: bad address '${u.host}'\n`);
    else io.err(`wget: can't connect to remote host (${ip}): ${r.error === 'refused' ? 'Connection refused' : 'No route to host'}\n`);
    return 1;
  }
  const res = r.value;
  if (res.status >= 400) {
    io.err(`wget: server returned error: HTTP/1.1 ${res.status} ${REASONS[res.status] ?? ''}\n`);
    return 1;
  }
  if (spider) {
    if (!quiet) io.err('remote file exists\n');
    return 0;
  }
  const body = res.body ?? '';
  const target = out ?? (u.path.split('/').pop() || 'index.html');
  if (target === '-') io.out(body);
  else {
    if (!quiet) io.err(`saving to '${target}'\n`);
    if (!ctx.fs.write(absPath(target, inv.shell.cwd), body)) {
      io.err(`wget: can't open '${target}': No such file or directory\n`);
      return 1;
    }
    if (!quiet) io.err(`'${target}' saved\n`);
  }
  return 0;
}

function* curl(inv: Invocation, argv: string[]): Co {
  const { ctx, io } = inv;
  let fail = false;
  let silent = false;
  let showErr = false;
  let head = false;
  let out: string | undefined;
  let maxS: number | undefined;
  let writeOut: string | undefined;
  let url: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') maxS = Number(argv[++i]);
    else if (a === '-o' || a === '--output') out = argv[++i];
    else if (a === '-w' || a === '--write-out') writeOut = argv[++i];
    else if (a === '--fail') fail = true;
    else if (a === '--silent') silent = true;
    else if (a === '-X' || a === '-H' || a === '-d' || a === '--data' || a === '--header') i++;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('f')) fail = true;
      if (a.includes('s')) silent = true;
      if (a.includes('S')) showErr = true;
      if (a.includes('I')) head = true;
    } else if (!a.startsWith('-')) url = a;
  }
  const err = (code: number, msg: string) => {
    if (!silent || showErr) io.err(`curl: (${code}) ${msg}\n`);
    return code;
  };
  const u = url ? parseUrl(url) : undefined;
  if (!u) return err(3, 'URL using bad/illegal format or missing URL');
  const timeoutMs = (maxS ?? 300) * 1000;
  const r: NetResult<HttpResponse> = ctx.world.httpGet(u.host, u.port, u.path, timeoutMs);
  if (!r.ok) {
    switch (r.error) {
      case 'unresolved': return err(6, `Could not resolve host: ${u.host}`);
      case 'refused': return err(7, `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`);
      case 'unreachable': return err(7, `Failed to connect to ${u.host} port ${u.port} after 0 ms: No route to host`);
      default:
        yield* waitFor(inv, timeoutMs);
        return err(28, `Operation timed out after ${timeoutMs} milliseconds with 0 bytes received`);
    }
  }
  const res = r.value;
  if (fail && res.status >= 400) return err(22, `The requested URL returned error: ${res.status}`);
  const body = head ? `HTTP/1.1 ${res.status} ${REASONS[res.status] ?? ''}\r\n\r\n` : (res.body ?? '');
  if (out !== undefined && out !== '-') ctx.fs.write(absPath(out, inv.shell.cwd), body);
  else io.out(body);
  if (writeOut) io.out(writeOut.replace(/%\{http_code\}/g, String(res.status)).replace(/\\n/g, '\n'));
  return 0;
}

function* nc(inv: Invocation, argv: string[]): Co {
  const { ctx, io } = inv;
  let timeoutS = 10;
  let verbose = false;
  const ops: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-w') timeoutS = Number(argv[++i] ?? 10);
    else if (a.startsWith('-')) verbose ||= a.includes('v');
    else ops.push(a);
  }
  const [host, port] = ops;
  if (host === undefined || port === undefined) {
    io.err('nc: missing host or port\n');
    return 1;
  }
  const r = ctx.world.tcpConnect(host, Number(port), timeoutS * 1000);
  if (r.ok) {
    if (verbose) io.err(`${host} (${ctx.world.resolve(host) ?? host}:${port}) open\n`);
    return 0;
  }
  if (r.error === 'timeout') yield* waitFor(inv, timeoutS * 1000);
  if (verbose || r.error === 'unresolved') io.err(r.error === 'unresolved' ? `nc: bad address '${host}'\n` : `nc: ${host} (${port}): ${r.error === 'timeout' ? 'Connection timed out' : 'Connection refused'}\n`);
  return 1;
}

export const NET_TOOLS: Record<string, Program> = { nslookup, wget, curl, nc };
