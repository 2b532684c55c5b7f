import { useId, type ReactNode } from 'react';

export interface TabDef<K extends string> {
  id: K;
  label: ReactNode;
}

/** Accessible tab strip (roving arrow keys); the caller renders the active panel. */
export function Tabs<K extends string>(props: {
  tabs: readonly TabDef<K>[];
  active: K;
  onChange(id: K): void;
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  const base = useId();
  const { tabs, active, onChange } = props;
  const onKey = (e: React.KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    e.preventDefault();
    const next = tabs[(i + d + tabs.length) % tabs.length];
    if (next) onChange(next.id);
  };
  return (
    <div className="tabs" data-testid={props.testId}>
      <div className="tab-list" role="tablist" aria-label={props.label} onKeyDown={onKey}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === active ? 0 : -1}
            className="tab"
            data-testid={`tab.${tab.id}`}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${active}`}>
        {props.children}
      </div>
    </div>
  );
}
