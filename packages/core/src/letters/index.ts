export { CODE_ALPHABET, CODE_BITS, CODE_LENGTH, formatLetterCode, letterCodeHash, newLetterCode, parseLetterCode } from './letter-code.ts';
export { MAX_LETTERS, printLetters, printLettersInput, type Letter, type LetterBatch, type PrintLettersInput } from './print-letters.ts';
export { redeemLetterCode, UnknownLetterCodeError } from './redeem-code.ts';
export { letterRecipients, type LetterRecipient } from './letter-recipients.ts';
export { dropLetterRoutes, letterHashesOf } from './letter-routes.ts';
