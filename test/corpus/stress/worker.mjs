// A worker thread's entry must be JavaScript: it registers tsx, then loads the TypeScript reading.
import { register } from 'tsx/esm/api';

register();
await import('./read-apart.ts');
