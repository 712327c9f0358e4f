import { FormatError } from './format-error';

/** One parsed record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks;
 * CRLF or LF line ends; blank lines skipped. Errors are 'csv-invalid' with line and column.
 */
export function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let column = 1;
  let recordLine = 1;
  let quoted = false; // inside quotes
  let wasQuoted = false; // the current field was quoted (text may not follow the closing quote)
  let fieldStart = true;
  const text0 = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
    fieldStart = true;
  };
  for (let i = 0; i < text0.length; i++) {
    const ch = text0[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text0[i + 1] === '"') {
          field += '"';
          i++;
          column++;
        } else quoted = false;
      } else {
        field += ch;
        if (ch === '\n') {
          line++;
          column = 0;
        }
      }
    } else if (ch === '"' && fieldStart) {
      quoted = true;
      wasQuoted = true;
      fieldStart = false;
    } else if (ch === '"' || (wasQuoted && ch !== delimiter && ch !== '\r' && ch !== '\n')) {
      throw new FormatError('csv-invalid', { line, column }, { reason: 'stray-quote' });
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      wasQuoted = false;
      fieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text0[i + 1] === '\n') i++;
      endRecord();
      line++;
      column = 0;
      recordLine = line;
    } else {
      field += ch;
      fieldStart = false;
    }
    column++;
  }
  if (quoted) throw new FormatError('csv-invalid', { line: recordLine, column: 1 }, { reason: 'unterminated-quote' });
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

/** Quotes a field when it holds the delimiter, a quote, a line break or edge spaces. */
export function csvField(value: string, delimiter: string): string {
  if (value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}
