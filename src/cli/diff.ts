import { diffDocuments, hasChanges } from '../analysis';
import { parseDocumentText } from '../io';
import type { DiffFormat } from './options';
import type { SourceFile } from './readSource';
import { formatDiffJson, formatDiffMarkdown, formatDiffText, type DiffReport } from './formatDiff';

export interface DiffOutcome {
  output: Iterable<string>;
  problems: string[];
  exitCode: 0 | 1 | 2;
}

const FORMATS = { text: formatDiffText, json: formatDiffJson, markdown: formatDiffMarkdown };

/** Compares two versions read into memory: exit 0 when nothing but layout changed, 1 when anything did, 2 on bad input. */
export function diffFiles(before: SourceFile, after: SourceFile, format: DiffFormat): DiffOutcome {
  const problems: string[] = [];
  const docs = [before, after].map((file) => {
    const loaded = file.text === undefined ? { ok: false as const, errors: [file.readError ?? 'cannot read the file'] } : parseDocumentText(file.text);
    if (!loaded.ok) problems.push(...loaded.errors.map((error) => `${file.path}: ${error}`));
    return loaded.ok ? loaded.doc : undefined;
  });
  const [old, now] = docs;
  if (!old || !now) return { output: [], problems, exitCode: 2 };
  const report: DiffReport = { before: before.path, after: after.path, diff: diffDocuments(old, now) };
  return { output: [FORMATS[format](report)], problems, exitCode: hasChanges(report.diff) ? 1 : 0 };
}
