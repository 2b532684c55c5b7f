/**
 * Probes and lifecycle handlers: defaults (pkg/apis/core/v1/defaults.go SetDefaults_Probe,
 * SetDefaults_HTTPGetAction) and validation (pkg/apis/core/validation/validation.go validateProbe,
 * validateHandler, validateHTTPGetAction, ValidatePortNumOrName).
 */
import type { Handler, ProbeSpec, ProbeType } from '../model/spec';
import type { Reporter } from './context';
import { join } from './context';
import { isRecord, quote } from './path';

export type Raw = Record<string, unknown>;

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Validates a port given as a number or a container-port name (ValidatePortNumOrName). */
export function checkPortNumOrName(r: Reporter, path: string, port: unknown, required = true): number | string | undefined {
  if (port === undefined || port === null || port === '') {
    if (required) r.error('V020', path, 'Required value');
    return undefined;
  }
  if (typeof port === 'number') {
    if (!Number.isInteger(port)) return undefined; // reported by the type check
    if (port < 1 || port > 65535) {
      r.error('V021', path, `Invalid value: ${port}: must be between 1 and 65535, inclusive`);
      return undefined;
    }
    return port;
  }
  if (typeof port !== 'string') return undefined;
  if (port.length > 15) {
    r.error('V022', path, `Invalid value: ${quote(port)}: must be no more than 15 characters`);
  } else if (!IANA_SVC_NAME.test(port) || port.includes('--')) {
    r.error('V022', path, `Invalid value: ${quote(port)}: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`);
  } else if (!/[a-z]/.test(port)) {
    r.error('V022', path, `Invalid value: ${quote(port)}: must contain at least one letter (a-z)`);
  }
  return port;
}

/** Reads one probe or hook handler; `path` is the object-relative path of the probe or hook. */
export function readHandler(r: Reporter, raw: Raw, path: string, hook: boolean): Handler | undefined {
  const allowed = hook ? HOOK_HANDLERS : PROBE_HANDLERS;
  const set = allowed.filter((k) => raw[k] !== undefined && raw[k] !== null);
  if (set.length === 0) {
    r.error('V030', path, 'Required value: must specify a handler type');
    return undefined;
  }
  for (const extra of set.slice(1)) {
    r.error('V031', join(path, extra), 'Forbidden: may not specify more than 1 handler type');
  }
  const kind = set[0];
  const body = raw[kind ?? ''];
  if (!isRecord(body)) return undefined;
  const p = join(path, kind ?? '');
  switch (kind) {
    case 'exec': {
      const cmd = body.command;
      if (!Array.isArray(cmd) || cmd.length === 0) {
        r.error('V032', join(p, 'command'), 'Required value');
        return undefined;
      }
      return { kind: 'exec', command: cmd.map((c) => String(c)) };
    }
    case 'httpGet': {
      const port = checkPortNumOrName(r, join(p, 'port'), body.port);
      const scheme = body.scheme ?? 'HTTP';
      if (scheme !== 'HTTP' && scheme !== 'HTTPS') {
        r.error('V033', join(p, 'scheme'), `Unsupported value: ${quote(scheme)}: supported values: "HTTP", "HTTPS"`);
      }
      const headers = Array.isArray(body.httpHeaders) ? body.httpHeaders.filter(isRecord) : [];
      if (port === undefined) return undefined;
      const path = str(body.path);
      const host = str(body.host);
      return {
        kind: 'httpGet',
        // SetDefaults_HTTPGetAction: path "/" and scheme HTTP when empty.
        path: path === undefined || path === '' ? '/' : path,
        port,
        ...(host ? { host } : {}),
        scheme: scheme === 'HTTPS' ? 'HTTPS' : 'HTTP',
        headers: headers.map((h) => ({ name: String(h.name ?? ''), value: String(h.value ?? '') })),
      };
    }
    case 'tcpSocket': {
      const port = checkPortNumOrName(r, join(p, 'port'), body.port);
      const host = str(body.host);
      return port === undefined ? undefined : { kind: 'tcpSocket', port, ...(host ? { host } : {}) };
    }
    case 'grpc': {
      const port = checkPortNumOrName(r, join(p, 'port'), body.port);
      const service = str(body.service);
      return typeof port === 'number' ? { kind: 'grpc', port, ...(service !== undefined ? { service } : {}) } : undefined;
    }
    case 'sleep': {
      const seconds = int(body.seconds);
      if (seconds === undefined) {
        if (body.seconds === undefined || body.seconds === null) r.error('V020', join(p, 'seconds'), 'Required value');
        return undefined;
      }
      if (seconds < 0) {
        r.error('V034', join(p, 'seconds'), `Invalid value: ${seconds}: must be greater than or equal to 0`);
        return undefined;
      }
      return { kind: 'sleep', seconds };
    }
  }
  return undefined;
}

/** SetDefaults_Probe: a zero or absent value takes the default. */
const PROBE_DEFAULTS = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };

/** Reads a probe; `podPath` is pod-relative (for ProbeSpec.path), `path` object-relative (for messages). */
export function readProbe(r: Reporter, raw: unknown, type: ProbeType, path: string, podPath: string): ProbeSpec | undefined {
  if (!isRecord(raw)) return undefined;
  const handler = readHandler(r, raw, path, false);
  const values = { ...PROBE_DEFAULTS };
  let ok = true;
  for (const key of Object.keys(PROBE_DEFAULTS) as (keyof typeof PROBE_DEFAULTS)[]) {
    const v = int(raw[key]);
    if (v === undefined) continue;
    if (v < 0) {
      r.error('V040', join(path, key), `Invalid value: ${v}: must be greater than or equal to 0`);
      ok = false;
    } else if (v > 0) values[key] = v;
  }
  if (type !== 'readiness' && values.successThreshold !== 1) {
    r.error('V041', join(path, 'successThreshold'), `Invalid value: ${values.successThreshold}: must be 1`);
    ok = false;
  }
  const grace = int(raw.terminationGracePeriodSeconds);
  if (grace !== undefined) {
    if (type === 'readiness') {
      r.error('V042', join(path, 'terminationGracePeriodSeconds'), `Invalid value: ${grace}: must not be set for readinessProbes`);
      ok = false;
    } else if (grace <= 0) {
      r.error('V042', join(path, 'terminationGracePeriodSeconds'), `Invalid value: ${grace}: must be greater than 0`);
      ok = false;
    }
  }
  if (!handler || !ok) return undefined;
  return { type, handler, ...values, ...(grace !== undefined ? { terminationGracePeriodSeconds: grace } : {}), path: podPath };
}
