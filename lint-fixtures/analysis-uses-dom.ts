// as: src/analysis/broken.ts
export const broken = () => document.title + localStorage.getItem('x') + window.innerWidth;
