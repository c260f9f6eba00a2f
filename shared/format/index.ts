/** Money and number formatting: integer kNOK in, Norwegian text out (and back). The one public entry. */
export * from './money.ts';
