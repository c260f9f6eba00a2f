/**
 * Stored data must never move when the product name or version changes, so the data folder has a
 * fixed ASCII name under the OS's application-data folder (e.g. %APPDATA%\helseportefolje).
 */
export const USER_DATA_DIR_NAME = 'helseportefolje';
export const APP_ID = 'no.helseportefolje.app';

export function userDataPath(appData: string, join: (...p: string[]) => string): string {
  return join(appData, USER_DATA_DIR_NAME);
}
