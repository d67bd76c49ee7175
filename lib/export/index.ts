export * from './comments-csv';
export * from './csv';
export * from './drivers-csv';
