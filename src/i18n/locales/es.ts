import type { PartialCatalogue } from '../catalogue.js';
const es: PartialCatalogue = {};
export default es;
