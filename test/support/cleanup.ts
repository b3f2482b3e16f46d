import { afterAll } from 'vitest';
import { cleanupCreated } from './context';

// Every unit test file: close its databases and remove its temp folders when it ends, pass or fail.
afterAll(cleanupCreated);
