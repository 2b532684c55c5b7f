import { useEffect, useMemo, useState } from 'react';
import { explainReasons } from '@/i18n/explain';
import { useActions, useSession } from '@/state/hooks';
import { Icon } from '../components/Icon';
import { useWorkshop } from '../presenter/presenterStore';
import { useWs } from '../presenter/strings';
import { fmtT } from '../compare/diff';
import { useT } from '../useT';
import { readRealPod, RealPodError, type RealPodReading } from './realPod';
import { planReplayAsync, type ReplayPlan } from './replay';
import './realpod.css';

type Reading = { ok: true; value: RealPodReading } | { ok: false; error: string };

/**
 * "Explain a real pod": paste `kubectl get pod -o yaml` (and events), read the verdict as the
 * `explain` command gives it, then replay a simulated life that ends in the same state.
 */
export function RealPodDialog() {
  const ws = useWs();
  const lang = useSession((s) => s.settings.lang);
  const t = useT();
  const actions = useActions();
  const [podText, setPodText] = useState('');
  const [eventsText, setEventsText] = useState('');
  const [submitted, setSubmitted] = useState<{ pod: string; events: string } | null>(null);
  const close = () => useWorkshop.setState({ realPod: false });

  const reading = useMemo<Reading | null>(() => {
    if (!submitted) return null;
    try {
      return { ok: true, value: readRealPod(submitted.pod, submitted.events) };
    } catch (e) {
      // Our own refusals are translated; YAML and explain errors name fields and stay as written.
      return { ok: false, error: e instanceof RealPodError ? t(e.key) : e instanceof Error ? e.message : String(e) };
    }
  }, [submitted, t]);
  // The pasted pod is user input: it is simulated in the worker under the watchdog, like the main
  // run, so a hostile spec cannot freeze the page. A newer reading replaces an older answer.
  const [planned, setPlanned] = useState<{ for: Reading; plan: ReplayPlan } | null>(null);
  useEffect(() => {
    if (!reading?.ok) return;
    let live = true;
    void planReplayAsync(reading.value).then((plan) => live && setPlanned({ for: reading, plan }));
    return () => {
      live = false;
    };
  }, [reading]);
  const plan = planned && planned.for === reading ? planned.plan : null;

  const replay = () => {
    if (!plan || plan.error) return;
    actions.loadData({ text: plan.text, interventions: plan.interventions, until: plan.until, cursor: plan.match?.t ?? 0 }, 'custom');
    close();
  };
  const r = reading?.ok ? reading.value : null;

  return (
    <div className="rp-layer" role="dialog" aria-modal="true" aria-label={ws('realPodTitle')} data-testid="realpod">
      <div className="rp">
        <header className="rp-head">
          <h2>{ws('realPodTitle')}</h2>
          <button type="button" className="btn btn-icon" onClick={close} aria-label={ws('close')} data-testid="realpod.close"><Icon name="close" /></button>
        </header>
        <div className="rp-body">
          <div className="rp-inputs">
            <label>
              <span>{ws('realPodPaste')}</span>
              <textarea className="mono" spellCheck={false} value={podText} onChange={(e) => setPodText(e.target.value)} data-testid="realpod.pod" />
            </label>
            <label>
              <span>{ws('realPodEvents')}</span>
              <textarea className="mono rp-events-in" spellCheck={false} value={eventsText} onChange={(e) => setEventsText(e.target.value)} data-testid="realpod.events" />
            </label>
            <button type="button" className="btn btn-primary" disabled={!podText.trim()} onClick={() => setSubmitted({ pod: podText, events: eventsText })} data-testid="realpod.explain">
              {ws('explainIt')}
            </button>
          </div>
          <div className="rp-result" data-testid="realpod.result">
            {reading && !reading.ok && <p className="rp-error" role="alert">{reading.error}</p>}
            {r && (
              <>
                <p className="rp-asof">pod/{r.result.name} · {ws('asOf', { time: new Date(r.now).toISOString() })}</p>
                <table className="rp-get mono">
                  <thead><tr><th>READY</th><th>STATUS</th><th>RESTARTS</th><th>phase</th></tr></thead>
                  <tbody><tr>
                    <td>{r.result.kubectl.ready}</td>
                    <td data-testid="realpod.status">{r.result.kubectl.status}</td>
                    <td>{r.result.kubectl.restarts}</td>
                    <td data-testid="realpod.phase">{r.result.phase}{r.result.reportedPhase && r.result.reportedPhase !== r.result.phase ? ws('reportedPhase', { phase: r.result.reportedPhase }) : ''}</td>
                  </tr></tbody>
                </table>
                <p className="rp-rule">{ws('rule')}: <code data-testid="realpod.rule">{r.result.rule}</code></p>
                <h3>{ws('reasons')}</h3>
                <ul className="rp-reasons" data-testid="realpod.reasons">{explainReasons(lang, r.result).map((x, i) => <li key={i}>{x}</li>)}</ul>
                {r.events.length > 0 && (
                  <>
                    <h3>{ws('events')}</h3>
                    <ul className="rp-evlist" data-testid="realpod.eventlist">
                      {r.events.map((e, i) => (
                        <li key={i} className={e.type === 'Warning' ? 'rp-warn' : ''}>
                          <b>{e.reason}</b>{e.count > 1 ? ` (x${e.count})` : ''} — {e.message}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {plan && (
                  <div className="rp-replay">
                    {plan.error ? <p className="rp-error">{ws('invalid', { error: plan.error })}</p> : (
                      <>
                        <p data-testid="realpod.match">
                          {plan.match?.exact
                            ? ws('matchExact', { t: fmtT(plan.match.t) })
                            : ws('matchNear', { t: fmtT(plan.match?.t ?? 0), status: plan.match?.status ?? '—', restarts: plan.match?.restarts ?? 0 })}
                        </p>
                        <button type="button" className="btn btn-primary" onClick={replay} data-testid="realpod.replay">{ws('replay')}</button>
                        <p className="rp-note">{ws('replayNote')}</p>
                      </>
                    )}
                  </div>
                )}
              </>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
