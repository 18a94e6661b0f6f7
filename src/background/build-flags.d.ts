// Set by vite.config.ts `define`: true only in the test builds (EVIDENCE_TEST_BUILD=1).
declare const __EVIDENCE_TEST_BUILD__: boolean;
