import { z } from 'zod';
import { UPLOAD_LIMITS } from '@spejl/core';

/**
 * An uploaded file's bytes as base64 in JSON. An empty file and one somewhat over the limit
 * pass on purpose: the core then says what is wrong ("the file is empty", "the file is 23 MB")
 * in a message the console translates, instead of a schema error about `contentBase64`.
 */
export const fileBase64 = z
  .string()
  .max(Math.ceil((UPLOAD_LIMITS.fileBytes * 1.5 * 4) / 3))
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
