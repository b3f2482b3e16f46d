import type { Locator, Page } from '@playwright/test';
import type { Dayjs } from 'dayjs';
import type { OfficeSettingsInput } from '../../../shared/settings/schema';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import type { Unit } from '../../../shared/units/schema';
import { expect, type App } from './fixtures';

/** The example office of the Settings page, as a clerk would save it. */
export const exampleOffice: OfficeSettingsInput = {
  ...EXAMPLE_OFFICE,
  superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
  address: '',
  phone: '',
  email: '',
};

/** Saves the office identity (the example office, with any field changed). */
export async function setOffice(app: App, changes: Partial<OfficeSettingsInput> = {}): Promise<void> {
  await app.api('settings.update', { ...exampleOffice, ...changes });
}

export interface UnitSeed {
  code: string;
  name: string;
  /** A sector's name from the default list ("Giáo dục", …). */
  sector?: string;
  chairName?: string;
  phone?: string;
}

/** Adds grassroots units through the API; returns them by code. */
export async function createUnits(app: App, seeds: UnitSeed[]): Promise<Record<string, Unit>> {
  const sectors = await app.api('sectors.list', {});
  const out: Record<string, Unit> = {};
  for (const { sector, ...u } of seeds) {
    const sectorId = sector === undefined ? null : sectors.find((s) => s.name === sector)?.id;
    if (sectorId === undefined) throw new Error(`no sector "${sector}"`);
    out[u.code] = await app.api('units.create', { ...u, sectorId });
  }
  return out;
}

/** dd/mm/yyyy, as a clerk types a date. */
export const vnDate = (d: Dayjs): string => d.format('DD/MM/YYYY');

/** Types a date into a date field (of the open dialog, or of the page) and confirms it with `confirm`. */
export async function typeDate(scope: Page | Locator, label: string | RegExp, value: string, confirm: 'Enter' | 'Tab' = 'Enter') {
  const input = typeof label === 'string' ? scope.getByLabel(label, { exact: true }) : scope.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press(confirm);
}

/**
 * Searches the register from a member picker and picks one member; tries again if the click
 * landed while the list of results was being replaced (on a loaded machine).
 */
export async function pickMember(page: Page, dialog: Locator, query: string, title: string, count: number) {
  const search = dialog.getByLabel('Tìm đoàn viên được hỗ trợ');
  const picked = dialog.getByText(`Đoàn viên được hỗ trợ (${count})`);
  await expect(async () => {
    if (await picked.isVisible()) return;
    await search.click();
    await search.fill(query);
    await page.getByTitle(title).click({ timeout: 5000 });
    await expect(picked).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}
