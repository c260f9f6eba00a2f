"""LibreOffice as an independent spreadsheet for the tests (test/shared/export/recalc.test.ts); needs
LibreOffice Calc and python3-uno (Debian).

  recalc.py FILE...              recalculates every formula and compares it with the result the
                                 writer cached; prints {"checked": N, "mismatches": [...]}
  recalc.py --edit SRC DST JSON  sets cells as a colleague would ([{"sheet", "cell", "value"}]),
                                 recalculates and saves DST as xlsx; prints {"saved": DST}"""
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


def start():
    port = free_port()
    profile = tempfile.mkdtemp(prefix='lo-profile-')
    proc = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--norestore', '--nologo', f'-env:UserInstallation=file://{profile}',
         f'--accept=socket,host=localhost,port={port};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f'uno:socket,host=localhost,port={port};urp;StarOffice.ComponentContext')
            return proc, ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        except Exception:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit('LibreOffice did not start')


def stop(proc, desktop):
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def load(desktop, path):
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))


def check(desktop, paths):
    checked, mismatches = 0, []
    for path in paths:
        doc = load(desktop, path)
        cached = {where: (cell.Value, cell.String) for where, cell in formula_cells(doc)}
        doc.calculateAll()
        for where, cell in formula_cells(doc):
            checked += 1
            value, text = cached[where]
            if cell.getError() or abs(cell.Value - value) > 1e-6 or cell.String != text:
                mismatches.append({'file': os.path.basename(path), 'cell': where, 'formula': cell.Formula,
                                   'cached': text, 'recalculated': cell.String, 'error': cell.getError()})
        doc.close(True)
    return {'checked': checked, 'mismatches': mismatches[:50]}


def edit(desktop, src, dst, edits):
    doc = load(desktop, src)
    for e in edits:
        cell = doc.Sheets.getByName(e['sheet']).getCellRangeByName(e['cell'])
        if isinstance(e['value'], str):
            cell.setString(e['value'])
        else:
            cell.setValue(e['value'])
    doc.calculateAll()
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
    doc.close(True)
    return {'saved': dst}


def main(args):
    proc, desktop = start()
    try:
        if args[:1] == ['--edit']:
            result = edit(desktop, args[1], args[2], json.loads(args[3]))
        else:
            result = check(desktop, args)
    finally:
        stop(proc, desktop)
    print(json.dumps(result))


if __name__ == '__main__':
    main(sys.argv[1:])
