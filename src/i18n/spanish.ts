// The core's Spanish, registered as this module is imported: by localize.ts, and first by the
// classic script's entry, which runs it in a phase (a task) of its own (vite.config.ts).
import { builtIn } from './registry.js';
import es from './translations/es.js';

builtIn('es', es);
