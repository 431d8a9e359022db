/** How the canvas fits a diagram into view: a margin, and never enlarged past 100%. */
export const FIT = { padding: 0.15, maxZoom: 1 };
