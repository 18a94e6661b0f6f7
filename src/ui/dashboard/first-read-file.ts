// Where the build writes the dashboard's first read as a classic script of its own
// (first-read-script.ts with what it imports), which the dashboard's HTML loads before anything else.
export const FIRST_READ_ENTRY = 'src/ui/dashboard/first-read-script.ts';
export const FIRST_READ_FILE = 'first-read.js';
