/**
 * Budget cases for NUIT: the case model, its computation per alternative, comparison, balancing,
 * edits, the case file and the estimates workbook. The one public entry.
 */
export * from './model.ts';
export * from './arith.ts';
export * from './compute.ts';
export * from './compare.ts';
export * from './balance.ts';
export * from './edits.ts';
export * from './impact.ts';
export * from './case-file.ts';
export * from './workbook.ts';
export * from './workbook-template.ts';
export * from './set-asides.ts';
export * from './span.ts';
export * from './allocation.ts';
export * from './year-edits.ts';
export * from './workbook-case.ts';
export * from './readings.ts';
