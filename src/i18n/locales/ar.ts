import type { PartialCatalogue } from '../catalogue.js';
const ar: PartialCatalogue = {};
export default ar;
