/**
 * Puts text on the clipboard. The async Clipboard API first; where it is refused (Electron denies
 * every permission request, clipboard writes included) a selected hidden field and the copy
 * command, which need no permission in a click handler. Resolves false when neither worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      // Deprecated, but the one way to copy without a permission.
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
