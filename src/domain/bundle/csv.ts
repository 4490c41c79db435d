// CSV as RFC 4180 writes it (CRLF, quoted fields, doubled quotes), UTF-8 with a BOM because Excel
// otherwise reads UTF-8 as the system code page and garbles Chinese.

export type CsvCell = string | number | boolean | null | undefined;

/** A table with a header row; rows shorter than the header are padded with empty cells. */
export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

const BOM = '\uFEFF';
// Spreadsheets run a cell starting with these as a formula (CSV injection; OWASP adds tab and CR).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, neutralised against formula injection and quoted when RFC 4180 requires it. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are data the bundle wrote itself, so `-5` stays a number.
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: header, then rows, every record ended by CRLF. */
export function toCsv(table: CsvTable): string {
  const width = table.columns.length;
  const records = [table.columns, ...table.rows].map((row) => {
    const cells = row.length >= width ? row : [...row, ...Array<CsvCell>(width - row.length).fill('')];
    return cells.map(csvField).join(',');
  });
  return records.map((r) => `${r}\r\n`).join('');
}

/** The bytes of a `.csv` file: UTF-8 with a byte-order mark. */
export function csvBytes(table: CsvTable): Uint8Array {
  return new TextEncoder().encode(BOM + toCsv(table));
}
