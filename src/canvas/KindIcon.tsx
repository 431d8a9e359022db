import type { NodeKind } from '../model';

/** Small line icons, one per kind, drawn in a 20×20 box with the current text colour. */
const PATHS: Record<NodeKind, string> = {
  actor: 'M10 3a3 3 0 1 1 0 6a3 3 0 1 1 0-6M4 17c0-3.3 2.7-6 6-6s6 2.7 6 6',
  external: 'M6 3h8l4 7l-4 7H6l-4-7zM8 10h4',
  scheduler: 'M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15M10 6v4l3 2',
  gateway: 'M3 6h14M3 14h14M6 3v14M14 3v14',
  service: 'M3 4h14v12H3zM6 8h8M6 12h5',
  queue: 'M5 5h10a2.5 5 0 0 1 0 10H5a2.5 5 0 0 1 0-10M15 5a2.5 5 0 0 0 0 10M7 8v4M10 8v4',
  store: 'M3 5a7 2.5 0 0 1 14 0v10a7 2.5 0 0 1-14 0zM3 5a7 2.5 0 0 0 14 0M3 10a7 2.5 0 0 0 14 0',
  cache: 'M11 2L4 11h5l-1 7l7-9h-5z',
};

export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg className="fm-kind-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
