/**
 * Service (v1) → ServiceModel. Defaults from pkg/apis/core/v1/defaults.go SetDefaults_Service
 * (protocol TCP, targetPort = port) and the checks of ValidateService that matter for endpoints.
 */
import type { PodOrigin, ServiceModel, ServicePort } from '../model/spec';
import type { Reporter } from './context';
import { join } from './context';
import { checkPortNumOrName, int, str } from './handlers';
import { clusterIPFor } from './naming';
import { isRecord, quote } from './path';

/** Reads a Service object (already type-checked); undefined when it cannot be modelled. */
export function readService(r: Reporter, obj: Record<string, unknown>, origin: PodOrigin, namespace: string): ServiceModel | undefined {
  const spec = isRecord(obj.spec) ? obj.spec : {};
  const type = str(spec.type) ?? 'ClusterIP';
  if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) {
    r.error('V070', 'spec.type', `Unsupported value: ${quote(type)}: supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  }
  const externalName = str(spec.externalName);
  if (type === 'ExternalName' && !externalName) r.error('V071', 'spec.externalName', 'Required value');
  const ports: ServicePort[] = [];
  const rawPorts = Array.isArray(spec.ports) ? spec.ports : [];
  if (rawPorts.length === 0 && type !== 'ExternalName' && spec.clusterIP !== 'None') r.error('V072', 'spec.ports', 'Required value');
  const names = new Set<string>();
  rawPorts.forEach((p, i) => {
    if (!isRecord(p)) return;
    const port = int(p.port);
    const path = join('spec.ports', i);
    if (port === undefined) {
      if (p.port === undefined || p.port === null) r.error('V073', join(path, 'port'), 'Required value');
      return;
    }
    if (checkPortNumOrName(r, join(path, 'port'), port) === undefined) return;
    const name = str(p.name);
    if (rawPorts.length > 1 && !name) r.error('V074', join(path, 'name'), 'Required value');
    if (name && names.has(name)) r.error('V074', join(path, 'name'), `Duplicate value: ${quote(name)}`);
    if (name) names.add(name);
    const target = p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 ? port : p.targetPort;
    const targetPort = checkPortNumOrName(r, join(path, 'targetPort'), target);
    const protocol = p.protocol ?? 'TCP';
    if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
      r.error('V075', join(path, 'protocol'), `Unsupported value: ${quote(protocol)}: supported values: "SCTP", "TCP", "UDP"`);
      return;
    }
    // A named targetPort stays a string; the simulator resolves it against the pod's container ports.
    ports.push({ ...(name ? { name } : {}), port, targetPort: targetPort ?? port, protocol });
  });
  const selector: Record<string, string> = {};
  if (isRecord(spec.selector)) for (const [k, v] of Object.entries(spec.selector)) if (typeof v === 'string') selector[k] = v;
  const explicitIP = str(spec.clusterIP);
  return {
    name: origin.name,
    namespace,
    selector,
    ports,
    clusterIP: type === 'ExternalName' ? '' : explicitIP || clusterIPFor(namespace, origin.name),
    ...(type === 'ExternalName' && externalName ? { externalName } : {}),
    publishNotReadyAddresses: spec.publishNotReadyAddresses === true,
    origin,
  };
}
