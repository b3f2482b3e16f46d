import type { ReactNode } from 'react';
import type { HelpTopic } from './topics';

/** One part of the guide: its topic key (title in topics.ts) and its text. */
export interface HelpSection {
  key: HelpTopic;
  body: ReactNode;
}
