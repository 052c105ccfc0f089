declare const __VERSION__: string;
/** This build's version, from package.json. */
export const VERSION: string = __VERSION__;
