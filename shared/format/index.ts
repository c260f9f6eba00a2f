/** Money and number formatting: integer kNOK in, Norwegian text out (and back); counts with their nouns. The one public entry. */
export * from './money.ts';
export * from './plural.ts';
