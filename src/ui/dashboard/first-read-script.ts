// The dashboard's first script, a classic one in its <head> (built alone as first-read.js): begins
// the first read (first-read.ts) as the page is parsed, while its styles and the app's modules load.
import { beginFirstRead } from './first-read';

beginFirstRead();
