/** A small inline icon set (no icon font, no network): 16px strokes that follow `currentColor`. */
const PATHS = {
  play: 'M5 3.5v9l7.5-4.5z',
  pause: 'M5 3.5v9M11 3.5v9',
  restart: 'M3.5 8a4.5 4.5 0 1 0 1.4-3.3M3.5 2.5v2.8h2.8',
  share: 'M6 8.7l4-2.4M6 7.3l4 2.4M12 4.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zM6 8a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zm6 3.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0z',
  sun: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1',
  moon: 'M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z',
  upload: 'M8 10.5V2.5M5 5.5l3-3 3 3M2.5 10.5v3h11v-3',
  download: 'M8 2.5v8M5 7.5l3 3 3-3M2.5 10.5v3h11v-3',
  reset: 'M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v3h3',
  copy: 'M5.5 5.5h7v8h-7zM3.5 10.5v-8h7',
  check: 'M3 8.5l3 3 7-7',
  error: 'M8 1.8l6.5 11.7h-13zM8 6v3.5M8 11.3v.4',
  warning: 'M8 1.8l6.5 11.7h-13zM8 6v3.5M8 11.3v.4',
  info: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 7v4.5M8 4.6v.4',
  close: 'M4 4l8 8M12 4l-8 8',
  globe: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM1.5 8h13M8 1.5c2 2 2.5 4 2.5 6.5S10 12.5 8 14.5C6 12.5 5.5 10.5 5.5 8S6 3.5 8 1.5z',
  bolt: 'M9 1.5L3.5 9H8l-1 5.5L12.5 7H8z',
} as const;

export type IconName = keyof typeof PATHS;

/** Decorative by default (aria-hidden); give the button an aria-label instead. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const filled = name === 'play' || name === 'bolt';
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
