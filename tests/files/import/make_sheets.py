#!/usr/bin/env python3
"""Write the import's spreadsheet fixtures beside this script.

    pip install openpyxl odfpy
    python3 make_sheets.py

The workbooks are written by openpyxl (.xlsx) and odfpy (.ods, the writer
pandas uses), both maintained; the text files the way Excel saves them:
"CSV (semicolon delimited)" from a German Excel (Windows-1252, no
byte-order mark, CRLF), "CSV UTF-8" (a byte-order mark, CRLF) and "Unicode
Text" (UTF-16 LE with a byte-order mark, tabs, CRLF). Every run writes the
same bytes (fixed dates in the workbooks' properties, sorted zip entries).
"""

import datetime
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2025, 3, 31, 9, 0, 0)

# The bank's list, a few rows: Excel writes the same in every file below.
ROWS = [
    # name, German name, owner, headcount, budget (EUR k), facing, comment
    ("Core banking system (mainframe)", "Kernbanksystem (Mainframe)", "CIO", 62, 18400, 0.2,
     "Ablösung geplant 2026–2029"),
    ("Mobile banking app", "Mobile-Banking-App", "cto", 21.5, 2600, 0.9, ""),
    ("Payments (SEPA, instant payments)", "Zahlungsverkehr (SEPA, Echtzeitüberweisung)",
     "COO", 28, 6900, 0.625, "Betrieb beim COO"),
    ("Information Security", "Informationssicherheit", "CISO", 12, 1900, 0.4, "MaRisk, DORA"),
    ("Anti-money laundering systems", "Geldwäsche-Systeme", "cfo", 6.5, 437.5, 0.1, "€ in k"),
]


def normalise_zip(data):
    """The same archive with fixed timestamps, so that runs are byte-equal."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 31, 9, 0, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving; keep the fixed one.
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<",
                              rb"<dcterms:modified\1>2025-03-31T09:00:00Z<", data)
            dst.writestr(fixed, data)
    return out.getvalue()


def write(name, data):
    (HERE / name).write_bytes(data)
    print(f"wrote {name} ({len(data):,} bytes)")


def xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.properties.created = FIXED
    book.properties.modified = FIXED
    cover = book.active
    cover.title = "Cover"  # empty: the first sheet that holds anything is read
    sheet = book.create_sheet("IT-Verantwortlichkeiten")
    sheet["A1"] = "IT-Verantwortlichkeiten 2025"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:I1")
    header = ["Nr.", "Responsibility", "Bezeichnung (DE)", "Owner", "Headcount",
              "Budget (EUR k)", "Customer-facing share", "Review date", "Comment"]
    sheet.append([])
    sheet.append(header)
    for i, (name, de, owner, hc, budget, share, comment) in enumerate(ROWS, start=1):
        sheet.append([i, name, de, owner, hc, budget, share,
                      datetime.date(2025, 6, i), comment or None])
        row = sheet.max_row
        sheet.cell(row, 6).number_format = "#,##0"
        sheet.cell(row, 7).number_format = "0%"
        sheet.cell(row, 8).number_format = "yyyy-mm-dd"
    sheet.append([None, "Summe / Total", None, None, sum(r[3] for r in ROWS),
                  sum(r[4] for r in ROWS)])
    sheet.freeze_panes = "A4"
    sheet.auto_filter.ref = f"A3:I{sheet.max_row - 1}"
    notes = book.create_sheet("Hinweise")
    notes.append(["Headcount = FTE; Budget in Tausend EUR."])
    # A sheet with what goes wrong in workbooks: an error value, a formula
    # with no saved result (openpyxl does not work formulas out), a date
    # where the size should be.
    broken = book.create_sheet("Broken")
    broken.append(["Name", "Owner", "Size", "Facing"])
    broken.append(["Good row", "CIO", 3, 0.5])
    broken.append(["Error row", "CIO", "#DIV/0!", 0.5])
    broken.append(["Formula row", "CIO", "=B2*2", 0.5])
    broken.append(["Date row", "CIO", datetime.date(2025, 1, 2), 0.5])
    out = io.BytesIO()
    book.save(out)
    write("workbook.xlsx", normalise_zip(out.getvalue()))


def ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties
    from odf.number import PercentageStyle, Number, Text as NumberText
    from odf.style import Style as CellStyle
    from odf.table import Table, TableRow, TableCell
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    percent = PercentageStyle(name="pct")
    percent.addElement(Number(decimalplaces="1", minintegerdigits="1"))
    percent.addElement(NumberText(text="%"))
    doc.automaticstyles.addElement(percent)
    pct_cell = CellStyle(name="pctcell", family="table-cell", datastylename="pct")
    doc.automaticstyles.addElement(pct_cell)

    def text(value):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
        return cell

    def number(value, style=None):
        kind = "percentage" if style else "float"
        shown = f"{value * 100:.1f}%" if style else f"{value}"
        cell = TableCell(valuetype=kind, value=value, stylename=style) if style else \
            TableCell(valuetype=kind, value=value)
        cell.addElement(P(text=shown))
        return cell

    table = Table(name="Liste")
    head = TableRow()
    for h in ["Bereich", "Verantwortlich", "FTE", "Kundenanteil", "Bemerkung"]:
        head.addElement(text(h))
    table.addElement(head)
    for name, de, owner, hc, _budget, share, comment in ROWS:
        row = TableRow()
        row.addElement(text(de))
        row.addElement(text(owner))
        row.addElement(number(hc))
        row.addElement(number(share, pct_cell))
        row.addElement(text(comment))
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    write("workbook.ods", normalise_zip(out.getvalue()))


def delimited(rows, sep):
    def cell(value):
        text = value if isinstance(value, str) else f"{value}"
        if any(c in text for c in (sep, '"', "\n")):
            return '"' + text.replace('"', '""') + '"'
        return text
    return "".join(sep.join(cell(v) for v in row) + "\r\n" for row in rows)


def german_number(value):
    return f"{value}".replace(".", ",")


def csv_files():
    header = ["Responsibility", "Bezeichnung (DE)", "Verantwortlich", "Headcount",
              "Budget (EUR k)", "Customer-facing share", "Comment"]
    # German Excel, "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons,
    # decimal commas, thousands with a dot, percentages as shown.
    rows = [header] + [
        [name, de, owner, german_number(hc), f"{budget:,.1f}".replace(",", "X")
         .replace(".", ",").replace("X", ".").removesuffix(",0"),
         german_number(round(share * 100, 1)).removesuffix(",0") + "%", comment]
        for name, de, owner, hc, budget, share, comment in ROWS
    ]
    write("excel-semicolons-1252.csv", delimited(rows, ";").encode("cp1252"))
    # "CSV UTF-8 (comma delimited)": a byte-order mark, commas, points.
    rows = [header] + [
        [name, de, owner, hc, budget, f"{share:.3f}", comment]
        for name, de, owner, hc, budget, share, comment in ROWS
    ]
    write("excel-utf8-bom.csv", b"\xef\xbb\xbf" + delimited(rows, ",").encode("utf-8"))
    # "Unicode Text": UTF-16 LE with a byte-order mark, tabs.
    write("excel-unicode.txt", b"\xff\xfe" + delimited(rows, "\t").encode("utf-16-le"))


if __name__ == "__main__":
    xlsx()
    ods()
    csv_files()
