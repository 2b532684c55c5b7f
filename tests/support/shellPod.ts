/** A one-container busybox Pod that runs `main` with `sh -c`, optionally with an exec liveness probe. */
export function shellPod(main: string, probe?: string): string {
  const probeYaml = probe === undefined ? '' : `    livenessProbe:\n      periodSeconds: 1\n      timeoutSeconds: 1\n      exec:\n        command: ["sh", "-c", ${JSON.stringify(probe)}]\n`;
  return `apiVersion: v1
kind: Pod
metadata: {name: f}
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", ${JSON.stringify(main)}]
${probeYaml}`;
}
