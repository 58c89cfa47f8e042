/** Shortest password the server accepts (it enforces the same bound). */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password the server accepts (it enforces the same bound). */
export const MAX_PASSWORD_LENGTH = 128;
