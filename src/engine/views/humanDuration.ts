/**
 * kubectl's age format. Upstream: staging/src/k8s.io/apimachinery/pkg/util/duration/duration.go
 * `HumanDuration` (k8s-semantics §9). Go truncates `d.Seconds()` toward zero, and tolerates up
 * to 1 s of clock skew in the future ("0s"); further in the future is `<invalid>`.
 */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * A duration in milliseconds as kubectl prints ages: `90s`, `3m5s`, `5m`, `45m`, `3h4m`, `10h`,
 * `2d3h`, `9d`, `2y34d`, `8y`; more than 1 s negative (in the future) → `<invalid>`.
 * @example humanDuration(185_000) // "3m5s"
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * MINUTE) return `${seconds}s`;
  const minutes = Math.floor(seconds / MINUTE);
  if (minutes < 10) {
    const s = seconds % MINUTE;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;
  const hours = Math.floor(seconds / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  const days = Math.floor(seconds / DAY);
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(seconds / YEAR);
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/**
 * Go's `time.Duration.String()` for whole seconds, as describe prints probe timings
 * (`0s`, `3s`, `1m30s`, `1h0m0s`).
 */
export function goDurationSeconds(totalSeconds: number): string {
  if (totalSeconds === 0) return '0s';
  const neg = totalSeconds < 0 ? '-' : '';
  let s = Math.abs(totalSeconds);
  const h = Math.floor(s / HOUR);
  s -= h * HOUR;
  const m = Math.floor(s / MINUTE);
  s -= m * MINUTE;
  const sec = Number.isInteger(s) ? String(s) : String(Number(s.toFixed(9)));
  if (h > 0) return `${neg}${h}h${m}m${sec}s`;
  if (m > 0) return `${neg}${m}m${sec}s`;
  return `${neg}${sec}s`;
}
