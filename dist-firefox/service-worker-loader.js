import './assets/index.ts-xq3klETj.js';
