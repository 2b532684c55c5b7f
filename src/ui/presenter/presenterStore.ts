/**
 * Page-level UI modes of the workshop features: presenter view (and its blank screen), the open
 * comparison and the real-pod dialog. Not session data (nothing here is saved or shared), so it
 * lives beside the UI; `?present=1` in the address opens the presenter view and is kept in sync.
 */
import { create } from 'zustand';

export interface CompareSide {
  label: string;
  text: string;
  interventions: string[];
  /** Horizon, ms. */
  until: number;
  scenarioId: string | null;
}

export interface WorkshopState {
  presenting: boolean;
  blank: boolean;
  compare: { a: CompareSide; b: CompareSide; editableB: boolean } | null;
  realPod: boolean;
}

const fromUrl = () => typeof window !== 'undefined' && new URL(window.location.href).searchParams.get('present') === '1';

export const useWorkshop = create<WorkshopState>()(() => ({ presenting: fromUrl(), blank: false, compare: null, realPod: false }));

/** Turns the presenter view on or off and mirrors it into `?present=1` (so a reload keeps it). */
export function setPresenting(on: boolean): void {
  useWorkshop.setState({ presenting: on, blank: false });
  const url = new URL(window.location.href);
  if (on) url.searchParams.set('present', '1');
  else url.searchParams.delete('present');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Enters or leaves fullscreen for the whole page (the Fullscreen API needs a user gesture). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
