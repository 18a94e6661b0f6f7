import './assets/index.ts-DCPrA2et.js';
