import type { PartialCatalogue } from '../catalogue.js';
const de: PartialCatalogue = {};
export default de;
