import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { bundleSection } from './bundle';
import { canvasSection } from './canvas';
import { cliSection } from './cli';
import { engineSection } from './engine';
import { feltSection } from './felt';
import { linksSection } from './links';
import { printSection, type Section } from './report';

const SECTIONS: Record<string, () => Section | Promise<Section>> = {
  engine: engineSection,
  cli: cliSection,
  links: linksSection,
  bundle: bundleSection,
  canvas: canvasSection,
  felt: feltSection,
};

const onlyFlag = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const chosen = onlyFlag ? onlyFlag.split(',') : Object.keys(SECTIONS);
const unknown = chosen.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}

console.log(`Flowmap bench — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}`);
const sections: Section[] = [];
for (const name of chosen) {
  const section = await SECTIONS[name]!();
  printSection(section);
  sections.push(section);
}
const missed = sections.flatMap((s) => s.rows.filter((r) => r.met === false).map((r) => `${s.name}: ${r.figure}`));
console.log(missed.length ? `\nTargets missed:\n- ${missed.join('\n- ')}` : '\nEvery target met.');
// A partial run (--only) replaces its own sections and keeps the others from the last run.
const file = new URL('./results.json', import.meta.url);
const earlier: Section[] = onlyFlag && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { sections: Section[] }).sections : [];
const merged = [...earlier.filter((old) => !sections.some((s) => s.name === old.name)), ...sections];
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, sections: merged }, null, 2)}\n`);
