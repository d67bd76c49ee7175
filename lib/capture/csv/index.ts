export { importCsv } from './import-csv';
export type { CsvImport, CsvImportOptions } from './import-csv';
export type { Scale } from './scale';
