"""Recalculates xlsx workbooks in LibreOffice and compares every formula's result with the result
the writer cached in the file. Prints one JSON object: {"checked": N, "mismatches": [...]}.
Used by test/shared/export/recalc.test.ts; needs LibreOffice Calc and python3-uno (Debian)."""
import json, os, socket, subprocess, sys, tempfile, time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def free_port():
    with socket.socket() as s:
        s.bind(('localhost', 0))
        return s.getsockname()[1]


def formula_cells(doc):
    for si in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(si)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        for r in range(end.EndRow + 1):
            for c in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(c, r)
                if cell.Formula.startswith('='):
                    yield f'{sheet.Name}!R{r + 1}C{c + 1}', cell


def main(paths):
    port = free_port()
    profile = tempfile.mkdtemp(prefix='lo-profile-')
    proc = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--norestore', '--nologo', f'-env:UserInstallation=file://{profile}',
         f'--accept=socket,host=localhost,port={port};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    ctx = None
    for _ in range(120):
        try:
            ctx = resolver.resolve(f'uno:socket,host=localhost,port={port};urp;StarOffice.ComponentContext')
            break
        except Exception:
            time.sleep(0.25)
    if ctx is None:
        proc.kill()
        raise SystemExit('LibreOffice did not start')
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    checked, mismatches = 0, []
    try:
        for path in paths:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))
            cached = {where: (cell.Value, cell.String) for where, cell in formula_cells(doc)}
            doc.calculateAll()
            for where, cell in formula_cells(doc):
                checked += 1
                value, text = cached[where]
                if cell.getError() or abs(cell.Value - value) > 1e-6 or cell.String != text:
                    mismatches.append({'file': os.path.basename(path), 'cell': where, 'formula': cell.Formula,
                                       'cached': text, 'recalculated': cell.String, 'error': cell.getError()})
            doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(json.dumps({'checked': checked, 'mismatches': mismatches[:50]}))


if __name__ == '__main__':
    main(sys.argv[1:])
