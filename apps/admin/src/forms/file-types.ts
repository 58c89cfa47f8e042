/** What the file pickers of table imports (people, responses) offer: CSV, text and Excel files. */
export const TABLE_FILES = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
