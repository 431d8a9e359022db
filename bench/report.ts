export interface Row {
  figure: string;
  value: number;
  unit: string;
  /** The goal, e.g. "≤ 100 ms"; `met` says whether this run reached it. */
  target?: string;
  met?: boolean;
  note?: string;
}

export interface Section {
  name: string;
  rows: Row[];
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median milliseconds of `runs` calls after `warmup` unmeasured ones. */
export function time(run: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2));

export function printSection({ name, rows }: Section): void {
  const lines = rows.map((row) => [row.figure, `${format(row.value)} ${row.unit}`, row.target ?? '', row.met === undefined ? '' : row.met ? 'met' : 'MISSED', row.note ?? '']);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => l[c]!.length), ['figure', 'value', 'target', ''][c]!.length));
  const pad = (cells: string[]) => cells.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell)).join('  ').trimEnd();
  console.log(`\n## ${name}`);
  console.log(pad(['figure', 'value', 'target', '', 'note']));
  for (const line of lines) console.log(pad(line));
}
