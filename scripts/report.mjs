// Printed after every build: what a webmaster pastes needs the size and the SRI hash.
import { BUDGET, bundleFacts } from './bundle.mjs';

const { bytes, gzip, integrity } = bundleFacts();
console.log(`\ndist/acupt-widget.js  ${bytes} bytes, ${gzip} bytes gzip (budget ${BUDGET})`);
console.log(`integrity="${integrity}" crossorigin="anonymous"\n`);
