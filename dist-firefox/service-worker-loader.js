import './assets/index.ts-DPcDtX9U.js';
