import type { HelpSection } from './section';
import { HELP_TOPICS } from './topics';
import { settingsSection, startSection } from './sections-setup';
import { membersSection, unitsSection } from './sections-register';
import { incomingSection, plansSection } from './sections-plans';
import { activitiesSection, receiveSection, resultsSection, sendSection } from './sections-reports';
import { backupSection, quickSection } from './sections-backup';

const ALL: HelpSection[] = [
  startSection,
  settingsSection,
  unitsSection,
  membersSection,
  plansSection,
  sendSection,
  receiveSection,
  resultsSection,
  activitiesSection,
  incomingSection,
  backupSection,
  quickSection,
];

/** Every part of the guide with its title, in the order of HELP_TOPICS. */
export const HELP_SECTIONS = HELP_TOPICS.map((t, i) => {
  const section = ALL.find((s) => s.key === t.key);
  if (!section) throw new Error(`help section "${t.key}" is missing`);
  return { ...section, title: t.title, number: i + 1 };
});
