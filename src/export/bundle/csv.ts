// RFC 4180 cells with a spreadsheet formula guard: a mediator opens messages.csv in Excel, and a
// message text like =HYPERLINK("http://x") must not become a live formula there (OWASP CSV injection).

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows joined with CRLF, the last one included, as RFC 4180 shows. */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
