/** Colours a kubectl status / container reason by how healthy it is (the word stays verbatim). */
export function toneOf(word: string): 'ok' | 'warn' | 'bad' | 'done' | 'neutral' {
  if (/^(Running|Ready|True)$/.test(word)) return 'ok';
  if (/^(Completed|Succeeded)$/.test(word)) return 'done';
  if (/BackOff|Err|Error|Failed|OOMKilled|Invalid|Evicted|DeadlineExceeded|Unknown|False/.test(word)) return 'bad';
  if (/Pending|Creating|Init|Terminating|Waiting|PodInitializing|NotReady/.test(word)) return 'warn';
  return 'neutral';
}

export function StatusWord({ word }: { word: string }) {
  return <span className={`status-word tone-${toneOf(word)}`}>{word}</span>;
}
