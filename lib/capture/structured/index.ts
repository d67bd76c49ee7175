export { extractJsonLd } from './jsonld';
export type { StructuredResult } from './jsonld';
export { extractMicrodata } from './microdata';
export { decodeEntities, htmlToText } from './html-text';
