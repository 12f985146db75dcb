// The Studio's file code and its libraries (fflate, saxen, Papa Parse), loaded on first use.
export { readDelimited, writeCsv } from './csv';
export { guessSheet, importFiles } from './importFiles';
export { storyCsvZip, storyWorkbook, storyXlsx } from './template';
export { writeXlsx } from './xlsxWrite';
