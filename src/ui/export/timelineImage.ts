/**
 * The timeline as a file: ExportTimeline rendered off screen with the page's own stylesheet, every
 * CSS-styled property copied onto the elements (so the SVG stands alone in a browser, an editor or
 * a slide deck), then serialised; the PNG is that SVG drawn on a canvas at 2×.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CREATION_TIME_MS } from '@/engine';
import type { Trace } from '@/engine';
import { deriveBands, deriveDeletion } from '../panels/timeline/model/bands';
import { deriveLanes, traceEnd } from '../panels/timeline/model/lanes';
import { layoutRows } from '../panels/timeline/model/rows';
import { activityTimes, changeTimes, eventTimes } from '../panels/timeline/model/stepping';
import { fitView } from '../panels/timeline/model/view';
import type { Marker, TimelineData } from '../panels/timeline/useTimelineData';
import { ExportTimeline } from './ExportTimeline';
import '../panels/timeline/timeline.css';
import './export.css';

/** Presentation width: a 1280-px (720p) slide, so labels stay legible when the picture fills it; the PNG doubles it. */
export const EXPORT_WIDTH = 1280;
export const PNG_SCALE = 2;

/** The properties the timeline stylesheet sets; copied inline so no stylesheet is needed. */
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'letter-spacing', 'text-transform', 'text-anchor', 'visibility', 'display'];

function timelineData(trace: Trace): TimelineData {
  const lanes = deriveLanes(trace);
  const bands = deriveBands(trace);
  const deletion = deriveDeletion(trace, CREATION_TIME_MS);
  const { rows, height } = layoutRows(lanes, bands, deletion);
  return { trace, lanes, bands, deletion, rows, height, events: eventTimes(trace), changes: changeTimes(trace), activity: activityTimes(trace), end: traceEnd(trace) };
}

export interface SvgExportInput {
  trace: Trace;
  title: string;
  cursor: number | null;
  markers?: Marker[];
  width?: number;
  /** Language of the timeline's own row names. */
  lang?: string;
}

/** Copies computed styles onto every element of `root` (after it is laid out in the document). */
function inlineStyles(root: SVGSVGElement): void {
  const all = [root, ...Array.from(root.querySelectorAll<SVGElement>('*'))];
  const styles = all.map((el) => getComputedStyle(el));
  all.forEach((el, i) => {
    const cs = styles[i]!;
    const decl = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    el.setAttribute('style', decl);
    // <title> tooltips are not part of a picture.
    if (el.tagName === 'title') el.remove();
  });
}

/** The whole run of `trace` as a standalone SVG document (string). */
export function timelineSvg({ trace, title, cursor, markers = [], width = EXPORT_WIDTH, lang }: SvgExportInput): string {
  const data = timelineData(trace);
  const view = fitView(Math.max(trace.until, 1));
  const host = document.createElement('div');
  host.className = 'tl-export-host';
  document.body.append(host);
  const root = createRoot(host);
  try {
    const subtitle = `0 – ${Math.round(trace.until / 1000)} s · PodLife`;
    flushSync(() => root.render(createElement(ExportTimeline, { data, view, width, title, subtitle, cursor, markers, lang })));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the timeline did not render');
    inlineStyles(svg);
    svg.removeAttribute('class');
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  } finally {
    root.unmount();
    host.remove();
  }
}

/** Rasterises an SVG document at `scale` (device pixels per SVG pixel) into a PNG blob. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
