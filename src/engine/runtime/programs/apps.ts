/**
 * Long-running programs of the catalogue images: nginx, httpd, redis, postgres, mysql, pause,
 * agnhost, the liveness demo server, goproxy, and the generic "unknown app". Each one listens after
 * its start-up time and reacts to signals as the real program does.
 */
import type { Co, SigAction } from '../kernel';
import { SIGNAL_NUMBERS } from '../kernel';
import { anyServer, livenessServer, staticServer, tcpOnlyServer } from '../servers';
import type { Invocation, Program } from '../shell/context';
import type { Server, Signal } from '../types';

interface ServeSpec {
  /** Name under which `nginx -s quit`-style control finds it. */
  name: string;
  ports: number[];
  startupMs: number;
  server: () => Server;
  /** Reaction to each signal; missing = the default action. */
  signals: (sig: Signal, pid: number) => SigAction;
  banner?: string;
}

/** Listen after start-up, then serve until a signal handler schedules the exit. */
export function* serve(inv: Invocation, spec: ServeSpec): Co {
  const { ctx, proc, io } = inv;
  const world = ctx.world;
  const start = world.now();
  // The annotation's `startup` overrides the image's start-up time (ARCHITECTURE §6, layer 1).
  const startup = ctx.mode === 'main' && ctx.behaviour.startup !== undefined ? ctx.behaviour.startup : spec.startupMs;
  let exitAt: number | undefined;
  let code = 0;
  const decide = (sig: Signal) => spec.signals(sig, proc.pid);
  // As a foreground child of a shell the program gets signals only by name (`nginx -s quit`);
  // then the default action kills just the program, and the shell goes on.
  const local = (sig: Signal) => {
    const a = sig === 'KILL' ? 'default' : decide(sig);
    if (a === 'ignore' || a === 'handled') return;
    const now = world.now();
    if (a === 'default') {
      exitAt = now;
      code = 128 + SIGNAL_NUMBERS[sig];
    } else if (exitAt === undefined || now + a.exitAfter < exitAt) {
      exitAt = now + a.exitAfter;
      code = a.code;
    }
    proc.woken = true;
  };
  if (inv.exec) proc.onSignal = decide;
  ctx.kernel.programs.set(spec.name, inv.exec ? (sig) => ctx.kernel.signal(proc, sig) : local);
  if (spec.banner) io.out(spec.banner);
  const server = spec.server();
  let listening = false;
  try {
    for (;;) {
      const now = world.now();
      if (exitAt !== undefined && now >= exitAt) return code;
      if (!listening && now >= start + startup) {
        for (const port of spec.ports) proc.servers.set(port, server);
        listening = true;
      }
      yield Math.min(listening ? Infinity : start + startup, exitAt ?? Infinity);
    }
  } finally {
    for (const port of spec.ports) proc.servers.delete(port);
    ctx.kernel.programs.delete(spec.name);
  }
}

const graceful = (ms: number, code = 0): SigAction => ({ exitAfter: ms, code });

/**
 * Go binaries without their own handler: the runtime exits on TERM/INT/HUP by re-raising the
 * signal; as PID 1 (where the re-raise is dropped) it falls back to exit(2) — runtime/signal_unix.go dieFromSignal.
 */
const goDefault = (sig: Signal, pid: number): SigAction =>
  sig === 'TERM' || sig === 'INT' || sig === 'HUP' ? graceful(0, pid === 1 ? 2 : 128 + SIGNAL_NUMBERS[sig]) : 'default';

/** A typical app (JVM, Node with a handler, Python…): exits with 128+n on TERM/INT/QUIT/HUP, also as PID 1. */
const appDefault = (sig: Signal): SigAction => (sig === 'USR1' ? 'ignore' : graceful(0, 128 + SIGNAL_NUMBERS[sig]));

function daemonOrForeground(inv: Invocation, spec: ServeSpec, foreground: boolean): number | Co {
  if (foreground) return serve(inv, spec);
  // Without `daemon off;` nginx (and httpd without -DFOREGROUND) forks a daemon and the command
  // itself exits 0 at once — a classic reason for a Completed/CrashLoopBackOff container.
  const child = inv.ctx.kernel.spawn(undefined, (p) => serve({ ...inv, proc: p, exec: true }, spec));
  return child ? 0 : 1;
}

const nginx: Program = (inv, argv) => {
  const { io, ctx } = inv;
  const s = argv.indexOf('-s');
  if (s >= 0) {
    const sig = ({ quit: 'QUIT', stop: 'TERM', reload: 'HUP', reopen: 'USR1' } as const)[argv[s + 1] as 'quit'];
    const target = ctx.kernel.programs.get('nginx') ?? ctx.mainControl?.('nginx');
    if (!sig || !target) {
      io.err('nginx: [error] invalid PID number "" in "/run/nginx.pid"\n');
      return 1;
    }
    target(sig);
    return 0;
  }
  if (argv.includes('-t')) {
    io.err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
    return 0;
  }
  if (argv.includes('-v') || argv.includes('-V')) {
    io.err('nginx version: nginx/1.27.3\n');
    return 0;
  }
  const docroot = (argv[0] ?? '').startsWith('/usr/local/nginx') ? '/usr/local/nginx/html' : '/usr/share/nginx/html';
  return daemonOrForeground(inv, {
    name: 'nginx',
    ports: [80],
    startupMs: 300,
    server: () => staticServer(ctx.fs, docroot),
    // TERM/INT = fast shutdown; QUIT = graceful (`nginx -s quit`); HUP = reload; USR1 = reopen logs.
    signals: (sig) => (sig === 'TERM' || sig === 'INT' ? graceful(100) : sig === 'QUIT' ? graceful(500) : 'ignore'),
    banner: '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
  }, argv.join(' ').includes('daemon off'));
};

const httpd: Program = (inv, argv) => {
  if (argv.includes('-t')) return (inv.io.err('Syntax OK\n'), 0);
  if (argv.includes('-v')) return (inv.io.out('Server version: Apache/2.4.62 (Unix)\n'), 0);
  const foreground = (argv[0] ?? '').endsWith('httpd-foreground') || argv.includes('-DFOREGROUND');
  return daemonOrForeground(inv, {
    name: 'httpd',
    ports: [80],
    startupMs: 500,
    // The official image serves /usr/local/apache2/htdocs; distribution builds (CentOS /usr/sbin/httpd) /var/www/html.
    server: () => staticServer(inv.ctx.fs, inv.ctx.fs.isDir('/usr/local/apache2/htdocs') ? '/usr/local/apache2/htdocs' : '/var/www/html', 'Apache'),
    // TERM/INT stop at once (exit 0); HUP/USR1 restart (ignored here).
    signals: (sig) => (sig === 'TERM' || sig === 'INT' ? graceful(200) : 'ignore'),
    banner: "AH00558: httpd: Could not reliably determine the server's fully qualified domain name\n",
  }, foreground);
};

function envOf(inv: Invocation): Record<string, string> {
  return inv.shell.env();
}

const postgres: Program = (inv) => {
  const env = envOf(inv);
  if (!env['POSTGRES_PASSWORD'] && env['POSTGRES_HOST_AUTH_METHOD'] !== 'trust') {
    inv.io.err('Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n');
    return 1;
  }
  return serve(inv, {
    name: 'postgres',
    ports: [5432],
    startupMs: 3000,
    server: tcpOnlyServer,
    // TERM = smart shutdown, INT = fast, QUIT = immediate; all exit 0 here.
    signals: (sig) => (sig === 'TERM' ? graceful(500) : sig === 'INT' ? graceful(300) : sig === 'QUIT' ? graceful(0) : 'ignore'),
    banner: 'LOG:  database system is ready to accept connections\n',
  });
};

const mysqld: Program = (inv) => {
  const env = envOf(inv);
  if (!env['MYSQL_ROOT_PASSWORD'] && !env['MYSQL_ALLOW_EMPTY_PASSWORD'] && !env['MYSQL_RANDOM_ROOT_PASSWORD']) {
    inv.io.err('[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n');
    return 1;
  }
  return serve(inv, { name: 'mysqld', ports: [3306], startupMs: 8000, server: tcpOnlyServer, signals: (sig) => (sig === 'TERM' ? graceful(1000) : 'ignore') });
};

const redis: Program = (inv, argv) => {
  const p = argv.indexOf('--port');
  const port = p >= 0 ? Number(argv[p + 1]) : 6379;
  return serve(inv, {
    name: 'redis-server',
    ports: [port],
    startupMs: 200,
    server: tcpOnlyServer,
    // SIGTERM/SIGINT: save the dataset and exit 0.
    signals: (sig) => (sig === 'TERM' || sig === 'INT' ? graceful(200) : 'ignore'),
    banner: '* Ready to accept connections tcp\n',
  });
};

/** pause.c: sleeps forever; SIGINT/SIGTERM → "Shutting down" and exit 0. */
const pause: Program = (inv) =>
  serve(inv, { name: 'pause', ports: [], startupMs: 0, server: tcpOnlyServer, signals: (sig) => (sig === 'TERM' || sig === 'INT' ? graceful(0) : 'ignore') });

const flag = (argv: string[], name: string, d: number) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : d;
};

const agnhost: Program = (inv, argv) => {
  const sub = argv[1];
  const { world } = inv.ctx;
  switch (sub) {
    case 'liveness':
      return serve(inv, { name: 'agnhost', ports: [8080], startupMs: 100, server: () => livenessServer(world, world.now()), signals: goDefault });
    case 'netexec':
      return serve(inv, { name: 'agnhost', ports: [flag(argv, 'http-port', 8080)], startupMs: 100, server: () => anyServer(200, 'NOW: ok'), signals: goDefault });
    case 'serve-hostname':
      return serve(inv, { name: 'agnhost', ports: [flag(argv, 'port', 9376)], startupMs: 100, server: () => anyServer(200, inv.ctx.pod.name), signals: goDefault });
    case 'pause':
    case undefined:
      return pause(inv, argv);
    default:
      inv.io.err(`Error: unknown command "${sub}" for "agnhost"\nRun 'agnhost --help' for usage.\n`);
      return 1;
  }
};

const livenessDemo: Program = (inv) =>
  serve(inv, { name: 'server', ports: [8080], startupMs: 100, server: () => livenessServer(inv.ctx.world, inv.ctx.world.now()), signals: goDefault });

const goproxy: Program = (inv) =>
  serve(inv, { name: 'goproxy', ports: [8080], startupMs: 100, server: () => anyServer(500, 'This is a proxy server. Does not respond to non-proxy requests.\n'), signals: goDefault });

/** An unknown program: a long-lived server on the container's declared ports answering 200. */
export function genericApp(name: string): Program {
  return (inv) =>
    serve(inv, {
      name,
      // Declared containerPorts plus the ports the catalogue says the image's program uses.
      ports: [...new Set([...inv.ctx.spec.ports.filter((p) => p.protocol === 'TCP').map((p) => p.containerPort), ...(inv.ctx.image?.ports ?? [])])],
      startupMs: 500,
      server: () => anyServer(),
      signals: appDefault,
    });
}

/** The official images' entrypoint scripts exec their arguments (prepending the image's program for `-flags`). */
const dockerEntrypoint: Program = function* (inv, argv): Co {
  let rest = argv.slice(1);
  if (rest.length === 0) return 0;
  if (rest[0]?.startsWith('-') && inv.ctx.image?.cmd[0]) rest = [inv.ctx.image.cmd[0], ...rest];
  return yield* inv.shell.invoke(rest, inv.io, inv.exec);
};

export const APPS: Record<string, Program> = {
  nginx,
  httpd,
  'httpd-foreground': httpd,
  postgres,
  mysqld,
  'redis-server': redis,
  pause,
  agnhost,
  server: livenessDemo,
  goproxy,
  'docker-entrypoint.sh': dockerEntrypoint,
};
