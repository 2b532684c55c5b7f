import { useState } from 'react';
import { allContainers } from '@/engine';
import type { Trace } from '@/engine';
import { useActions, useSession } from '@/state/hooks';
import { findScenario } from '@/state/scenarioCatalog';
import { formatClock } from '@/state/selectors';
import { useTl } from './strings';

/** Quotes a word for the `--do` grammar when it has blanks or quotes (POSIX single quotes). */
const quote = (w: string) => (/^[\w./:=@%+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/**
 * Interventions at the cursor as a small form menu. Each one is appended to the session as a
 * `--do`-style line ("20.5 delete --grace-period=5"), which re-simulates the future from there.
 */
export function InterventionMenu({ trace, onDone }: { trace: Trace; onDone(): void }) {
  const tl = useTl();
  const actions = useActions();
  const cursor = useSession((s) => s.cursor);
  const scenarioId = useSession((s) => s.scenarioId);
  const containers = allContainers(trace.pod).map((c) => c.name);
  const [grace, setGrace] = useState('');
  const [force, setForce] = useState(false);
  const [killC, setKillC] = useState(containers[containers.length - 1] ?? '');
  const [signal, setSignal] = useState<'TERM' | 'KILL' | 'OOM'>('TERM');
  const [execC, setExecC] = useState(containers[containers.length - 1] ?? '');
  const [cmd, setCmd] = useState('');
  const files = Object.keys(findScenario(scenarioId)?.files ?? {});
  const gates = trace.pod.readinessGates ?? [];

  const act = (line: string) => {
    actions.addIntervention(line);
    onDone();
  };
  const deleteLine = () => {
    const parts = ['delete'];
    if (grace.trim() !== '') parts.push(`--grace-period=${Math.max(0, Math.round(Number(grace)) || 0)}`);
    if (force) parts.push('--force');
    return parts.join(' ');
  };

  return (
    <div className="tl-menu" role="dialog" aria-label={tl('act')} data-testid="timeline.menu">
      <div className="tl-menu-head">
        <span className="mono">@ {formatClock(cursor)}</span>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onDone}>{tl('close')}</button>
      </div>
      <form className="tl-menu-row" onSubmit={(e) => { e.preventDefault(); act(deleteLine()); }}>
        <span className="tl-menu-label">{tl('deletePod')}</span>
        <input className="input input-sm mono" inputMode="numeric" size={4} placeholder={String(trace.pod.terminationGracePeriodSeconds ?? 30)}
          value={grace} onChange={(e) => setGrace(e.target.value)} aria-label={tl('grace')} data-testid="timeline.menu.grace" />
        <label className="tl-check"><input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> {tl('force')}</label>
        <button type="submit" className="btn btn-sm btn-danger" data-testid="timeline.menu.delete">{tl('run')}</button>
      </form>
      <form className="tl-menu-row" onSubmit={(e) => { e.preventDefault(); act(`kill ${quote(killC)} --signal=${signal}`); }}>
        <span className="tl-menu-label">{tl('kill')}</span>
        <select className="select select-sm" value={killC} onChange={(e) => setKillC(e.target.value)} aria-label="container" data-testid="timeline.menu.killContainer">
          {containers.map((c) => <option key={c}>{c}</option>)}
        </select>
        <select className="select select-sm" value={signal} onChange={(e) => setSignal(e.target.value as typeof signal)} aria-label="signal" data-testid="timeline.menu.signal">
          <option>TERM</option><option>KILL</option><option>OOM</option>
        </select>
        <button type="submit" className="btn btn-sm" data-testid="timeline.menu.kill">{tl('run')}</button>
      </form>
      <form className="tl-menu-row" onSubmit={(e) => { e.preventDefault(); if (cmd.trim()) act(`exec ${quote(execC)} -- ${cmd.trim()}`); }}>
        <span className="tl-menu-label">{tl('exec')}</span>
        <select className="select select-sm" value={execC} onChange={(e) => setExecC(e.target.value)} aria-label="container">
          {containers.map((c) => <option key={c}>{c}</option>)}
        </select>
        <input className="input input-sm mono" value={cmd} onChange={(e) => setCmd(e.target.value)} placeholder="touch /tmp/healthy"
          aria-label={tl('exec')} spellCheck={false} data-testid="timeline.menu.cmd" />
        <button type="submit" className="btn btn-sm" disabled={!cmd.trim()}>{tl('run')}</button>
      </form>
      <div className="tl-menu-row">
        <span className="tl-menu-label">{tl('service')}</span>
        {trace.services.map((s) => (
          <button key={`d${s.name}`} type="button" className="btn btn-sm" onClick={() => act(`delete service ${quote(s.name)}`)}>
            {tl('remove')} svc/{s.name}
          </button>
        ))}
        {files.map((f) => (
          <button key={`a${f}`} type="button" className="btn btn-sm" onClick={() => act(`apply ${quote(f)}`)}>{tl('apply')} {f}</button>
        ))}
        {trace.services.length === 0 && files.length === 0 && <span className="muted small">{tl('noService')}</span>}
      </div>
      <div className="tl-menu-row">
        <span className="tl-menu-label">{tl('node')}</span>
        <button type="button" className="btn btn-sm" onClick={() => act('node-lost')} data-testid="timeline.menu.nodeLost">{tl('lose')}</button>
        <button type="button" className="btn btn-sm" onClick={() => act('node-ready')}>{tl('restore')}</button>
      </div>
      <div className="tl-menu-row">
        <span className="tl-menu-label">{tl('gate')}</span>
        {gates.map((g) => (
          <span key={g} className="tl-gate">
            <span className="mono small">{g}</span>
            <button type="button" className="btn btn-sm" onClick={() => act(`condition ${quote(g)}=True`)}>True</button>
            <button type="button" className="btn btn-sm" onClick={() => act(`condition ${quote(g)}=False`)}>False</button>
          </span>
        ))}
        {gates.length === 0 && <span className="muted small">{tl('noGate')}</span>}
      </div>
    </div>
  );
}
