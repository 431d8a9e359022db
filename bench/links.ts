import { encodeShareFragment } from '../src/io';
import { TEMPLATES } from '../src/templates';
import { generateDiagram } from './generate';
import type { Section } from './report';

const ORIGIN = 'https://flowmap.example/#';

export function linksSection(): Section {
  const length = (doc: Parameters<typeof encodeShareFragment>[0]) => (ORIGIN + encodeShareFragment(doc)).length;
  return {
    name: 'Share links (characters, with a 25-character origin)',
    rows: [
      ...TEMPLATES.filter((t) => t.id !== 'empty').map((t) => {
        const value = length(t.create());
        return { figure: `template: ${t.name}`, value, unit: 'chars', ...(t.id === 'fan-out' ? { target: '< 2,000', met: value < 2000 } : {}) };
      }),
      ...[50, 200].map((n) => ({ figure: `generated diagram, ${n} nodes`, value: length(generateDiagram(n, 7)), unit: 'chars' })),
    ],
  };
}
