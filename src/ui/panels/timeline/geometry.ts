/** Shared drawing constants and class helpers for the timeline SVG. */
import type { Segment } from './model/lanes';

/** Width of the label gutter on the left (px). */
export const LABEL_W = 172;
/** Approximate width of one character of the 12.5 px label font (px), to decide whether a label fits. */
export const CHAR_W = 7.4;

/** Whether `text` fits in `px` with a little padding. */
export const fits = (text: string, px: number) => text.length * CHAR_W + 10 <= px;

const BAD_WAITING = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError', 'InvalidImageName', 'PostStartHookError']);

/** CSS class for a container segment: its colour says state and whether it is trouble. */
export function segmentClass(s: Segment): string {
  if (s.state === 'running') return s.ready ? 'seg seg-ready' : 'seg seg-running';
  if (s.state === 'terminated') return s.reason === 'Completed' ? 'seg seg-completed' : 'seg seg-failed';
  return BAD_WAITING.has(s.reason) ? 'seg seg-waiting-bad' : 'seg seg-waiting';
}

/** The words drawn in a segment, longest first; the first that fits is used. */
export function segmentLabels(s: Segment): string[] {
  if (s.state === 'running') {
    return s.ready ? ['Running · ready', 'Running', 'Run'] : ['Running · not ready', 'Running', 'Run'];
  }
  if (s.state === 'terminated') {
    const code = s.exitCode !== undefined ? ` (${s.exitCode})` : '';
    return [`${s.reason}${code}`, s.reason, s.reason.slice(0, 4)];
  }
  return [s.reason, s.reason.replace(/[^A-Z]/g, '')];
}

/** The first label that fits, or ''. */
export function pickLabel(options: readonly string[], px: number): string {
  return options.find((o) => fits(o, px)) ?? '';
}
