/**
 * Stored data must never move when the product name or version changes, so the data folder has a
 * fixed ASCII name under the OS's application-data folder (e.g. %APPDATA%\helseportefolje).
 */
export const USER_DATA_DIR_NAME = 'helseportefolje';
/** Development builds (not packaged) keep their own data, so they can never upgrade an installed app's database. */
export const DEV_USER_DATA_DIR_NAME = 'helseportefolje-dev';
export const APP_ID = 'no.helseportefolje.app';

export function userDataPath(appData: string, join: (...p: string[]) => string, packaged = true): string {
  return join(appData, packaged ? USER_DATA_DIR_NAME : DEV_USER_DATA_DIR_NAME);
}
