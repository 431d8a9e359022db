import { KIND_SPEC, NODE_KINDS, type GroupKind, type NodeKind } from '../../model';
import type { Severity } from '../../analysis';

export type ThemeName = 'light' | 'dark';

export interface KindPaint {
  fill: string;
  stroke: string;
}

export interface Theme {
  name: ThemeName;
  background: string;
  text: string;
  muted: string;
  rule: string;
  edge: string;
  edgeLabel: string;
  pill: string;
  pillBorder: string;
  failure: string;
  badgeText: string;
  shadow: string;
  severity: Readonly<Record<Severity, string>>;
  kinds: Readonly<Record<NodeKind, KindPaint>>;
  /** Boundary frames by kind: the tint, the border, and the kind caption (text contrast kept). */
  frames: Readonly<Record<GroupKind, KindPaint & { caption: string }>>;
  note: { fill: string; stroke: string; text: string };
}

/** The frame colours the canvas uses (src/canvas/annotations.css). */
const FRAME_HUES: Readonly<Record<GroupKind, string>> = { team: '#2563eb', trust: '#dc2626', network: '#0d9488', region: '#7c3aed', system: '#475569' };
const framePaints = (background: string, fillAmount: number, strokeOver: string, strokeAmount: number, captionOver: string, captionAmount: number) =>
  Object.fromEntries(
    Object.entries(FRAME_HUES).map(([kind, hue]) => [kind, { fill: mix(hue, background, fillAmount), stroke: mix(hue, strokeOver, strokeAmount), caption: mix(hue, captionOver, captionAmount) }]),
  ) as Record<GroupKind, KindPaint & { caption: string }>;


function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `amount` of `hex` over `base` (both #rrggbb). */
export function mix(hex: string, base: string, amount: number): string {
  const [a, b] = [channels(hex), channels(base)];
  const mixed = a.map((c, i) => Math.round(c * amount + b[i]! * (1 - amount)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function kindPaints(background: string, fillAmount: number, strokeOver: string, strokeAmount: number): Record<NodeKind, KindPaint> {
  const entries = NODE_KINDS.map((kind) => {
    const hue = KIND_SPEC[kind].colour;
    return [kind, { fill: mix(hue, background, fillAmount), stroke: mix(hue, strokeOver, strokeAmount) }];
  });
  return Object.fromEntries(entries) as Record<NodeKind, KindPaint>;
}

const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#111827';

const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: {
    name: 'light',
    background: LIGHT_BACKGROUND,
    text: '#111827',
    muted: '#6b7280',
    rule: '#e5e7eb',
    edge: '#64748b',
    edgeLabel: '#475569',
    pill: LIGHT_BACKGROUND,
    pillBorder: '#e2e8f0',
    failure: '#dc2626',
    badgeText: '#ffffff',
    shadow: '#0f172a',
    severity: { error: '#dc2626', warning: '#d97706', info: '#2563eb' },
    kinds: kindPaints(LIGHT_BACKGROUND, 0.07, LIGHT_BACKGROUND, 1),
    frames: framePaints(LIGHT_BACKGROUND, 0.05, '#ffffff', 0.7, '#000000', 0.8),
    note: { fill: '#fef9c3', stroke: '#ca8a04', text: '#422006' },
  },
  dark: {
    name: 'dark',
    background: DARK_BACKGROUND,
    text: '#f3f4f6',
    muted: '#9ca3af',
    rule: '#374151',
    edge: '#64748b',
    edgeLabel: '#cbd5e1',
    pill: '#1f2937',
    pillBorder: '#374151',
    failure: '#f87171',
    badgeText: '#ffffff',
    shadow: '#000000',
    severity: { error: '#ef4444', warning: '#d97706', info: '#3b82f6' },
    kinds: kindPaints(DARK_BACKGROUND, 0.2, '#ffffff', 0.7),
    frames: framePaints(DARK_BACKGROUND, 0.08, '#ffffff', 0.75, '#ffffff', 0.45),
    note: { fill: '#3b3209', stroke: '#a16207', text: '#fef3c7' },
  },
};

export function themeFor(name: ThemeName): Theme {
  return THEMES[name];
}
