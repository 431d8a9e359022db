import { generateDiagram } from '../generate';

/** The diagram a bench page shows: `?n=` nodes from a fixed seed, the same on both pages. */
export const pageDiagram = () => generateDiagram(Number(new URLSearchParams(location.search).get('n') ?? 200), 7);
