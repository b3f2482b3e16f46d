import { z } from 'zod';

// Vietnamese messages for every schema, wherever it is used (renderer forms and main-process validation).
z.config(z.locales.vi());

export { z };
