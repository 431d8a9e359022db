import { scenarioQuestion } from '../analysis';
import { analysisOf, whatIfOf } from '../store';
import { MAX_SAFE_LINK_LENGTH, encodeShareFragment, isSafeLinkLength } from '../io';
import { layoutDiagram } from '../layout';
import { defineCommand, type CommandContext } from './command';
import { arrange } from './edit';
import { execute } from './execute';
import { copyMermaid, exportJson, exportPng, exportSvg, type PngStyle } from './files/exports';

/** The hidden file input the toolbar's Open… button owns; the command clicks it. */
export const OPEN_INPUT_ID = 'fm-open-file';

function report(ctx: CommandContext, task: () => Promise<void> | void, done: string) {
  const { set } = ctx.session.getState();
  return Promise.resolve()
    .then(task)
    .then(
      () => set({ notice: { tone: 'info', text: done } }),
      (error: unknown) => set({ notice: { tone: 'error', text: `Export failed: ${(error as Error).message}` } }),
    );
}

/** The document, its analysis, and the what-if scenario on show: exports and links carry the map as it is seen. */
const current = (ctx: CommandContext) => {
  const { doc } = ctx.document.getState();
  const { scenario } = ctx.session.getState();
  return { doc, analysis: analysisOf(doc), whatIf: scenario && whatIfOf(doc, scenario) };
};

const hasComments = ({ document }: CommandContext) => (document.getState().doc.comments?.length ?? 0) > 0;

const png = (style: PngStyle, id: string, label: string, keys?: string[], comments = false) =>
  defineCommand({ id, label, category: 'File', keys, changesDocument: false, enabled: comments ? hasComments : undefined, run: (ctx) => report(ctx, () => {
    const { doc, analysis, whatIf } = current(ctx);
    return exportPng(doc, analysis, style, { whatIf, comments });
  }, 'PNG saved. Open or drop it into Flowmap to edit the diagram again.') });

export const exportPngLight = png('light', 'export-png', 'Export an annotated PNG', ['Mod+Shift+E']);
export const exportPngDark = png('dark', 'export-png-dark', 'Export a PNG on a dark background');
export const exportPngTransparent = png('transparent', 'export-png-transparent', 'Export a PNG with no background');
export const exportPngWithComments = png('light', 'export-png-comments', 'Export a PNG with the comments', undefined, true);

const svg = (id: string, label: string, comments: boolean) =>
  defineCommand({ id, label, category: 'File', changesDocument: false, enabled: comments ? hasComments : undefined, run: (ctx) => report(ctx, () => {
    const { doc, analysis, whatIf } = current(ctx);
    exportSvg(doc, analysis, { whatIf, comments });
  }, 'SVG saved.') });

export const exportSvgFile = svg('export-svg', 'Export an annotated SVG', false);
export const exportSvgWithComments = svg('export-svg-comments', 'Export an SVG with the comments', true);

export const saveJson = defineCommand({ id: 'save-json', label: 'Save the JSON file', category: 'File', keys: ['Mod+S'], changesDocument: false, run: (ctx) => report(ctx, () => exportJson(current(ctx).doc), 'JSON file saved.') });

export const copyMermaidText = defineCommand({ id: 'copy-mermaid', label: 'Copy as Mermaid', category: 'File', changesDocument: false, run: (ctx) => report(ctx, () => copyMermaid(current(ctx).doc), 'Mermaid flowchart copied to the clipboard.') });

export const copyLink = defineCommand({ id: 'copy-link', label: 'Copy a share link', category: 'File', keys: ['Mod+Shift+L'], changesDocument: false, run: async (ctx) => {
  const { set } = ctx.session.getState();
  try {
    const { doc, whatIf } = current(ctx);
    const link = `${location.href.split('#')[0]}#${encodeShareFragment(doc, whatIf?.fault)}`;
    if (!isSafeLinkLength(link)) {
      const save = { label: 'Save the JSON file instead', run: () => void execute(ctx, saveJson, undefined) };
      set({ notice: { tone: 'error', text: `This diagram makes a link of ${link.length.toLocaleString('en')} characters, longer than browsers open (${MAX_SAFE_LINK_LENGTH.toLocaleString('en')}). Share the file instead.`, actions: [save] } });
      return;
    }
    await navigator.clipboard.writeText(link);
    const scenario = whatIf ? ` It opens with “${scenarioQuestion(doc, whatIf.fault)}” on.` : '';
    set({ notice: { tone: 'info', text: `Link copied (${link.length.toLocaleString('en')} characters). The diagram travels inside the link; no server sees it.${scenario}` } });
  } catch (error) {
    set({ notice: { tone: 'error', text: `The link could not be copied: ${(error as Error).message}` } });
  }
} });

/** Opening a file replaces the diagram, so it is refused in a review like any other edit. */
export const open = defineCommand({ id: 'open', label: 'Open a file…', category: 'File', keys: ['Mod+O'], changesDocument: true, run: () => void globalThis.document?.getElementById(OPEN_INPUT_ID)?.click() });

export const tidyLayout = defineCommand({ id: 'tidy', label: 'Tidy the layout', category: 'Edit', changesDocument: true, run: async (ctx) => {
  return execute(ctx, arrange, await layoutDiagram(ctx.document.getState().doc));
} });
