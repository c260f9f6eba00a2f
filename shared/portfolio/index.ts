/**
 * The portfolio domain: the report model (tiltak, avhengigheter, drift og forvaltning), its summary,
 * the comparison of two periods and the views the app draws. The one public entry.
 */
export * from './model.ts';
export * from './summary.ts';
export * from './compare.ts';
export * from './views/columns.ts';
export * from './views/dependencies.ts';
export * from './views/filter.ts';
export * from './views/group.ts';
export * from './views/opex.ts';
export * from './views/trend.ts';
