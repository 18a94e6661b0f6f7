import type { Plugin } from 'vite';

export function buildVerifyPageScript(): Promise<string>;
export function verifyPageScriptPlugin(): Plugin;
