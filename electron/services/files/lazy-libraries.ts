// exceljs and SheetJS (@e965/xlsx) take a good part of a second to load and most starts never need
// them, so they are required the first time a method uses them instead of when the app starts
// (the Word writer is loaded the same way, by `await import()` in documents/word-file.ts).
// `require` rather than `await import()`: the workbook builders are synchronous, and the Node and
// bundled (CommonJS) builds then load the same file of each package.
import { createRequire } from 'node:module';
import type * as ExcelJsModule from 'exceljs';
import type * as SheetJsModule from '@e965/xlsx';

type ExcelJs = typeof ExcelJsModule;
type SheetJs = typeof SheetJsModule;

const requireHere = createRequire(import.meta.url);
let excel: ExcelJs | undefined;
let sheet: SheetJs | undefined;

export function excelJs(): ExcelJs {
  excel ??= requireHere('exceljs') as ExcelJs;
  return excel;
}

export function sheetJs(): SheetJs {
  sheet ??= requireHere('@e965/xlsx') as SheetJs;
  return sheet;
}
