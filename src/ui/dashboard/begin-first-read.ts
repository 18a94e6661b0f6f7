// Imported first by the dashboard's script (main.tsx), so the first read (first-read.ts) begins
// before the app's own modules are evaluated and its first frame is drawn.
import { firstRead } from './first-read';

void firstRead();
