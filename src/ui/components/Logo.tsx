/** PodLife mark: a pod (hexagon, as in the Kubernetes icon set) with a lifecycle arc. */
export function Logo() {
  return (
    <svg className="logo-mark" width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <path d="M16 2.5l11.7 6.75v13.5L16 29.5 4.3 22.75V9.25z" fill="var(--accent)" />
      <path d="M16 9.5l5.6 3.25v6.5L16 22.5l-5.6-3.25v-6.5z" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <circle cx="16" cy="16" r="2.2" fill="#fff" />
    </svg>
  );
}
