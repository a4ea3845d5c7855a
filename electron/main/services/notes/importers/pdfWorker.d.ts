// pdf.js ships no types for its worker module; it is imported only for its side effect (it registers
// globalThis.pdfjsWorker, which lets pdf.js run in-process without spawning a worker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
