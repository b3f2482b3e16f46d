import { expect, test } from './support/fixtures';
import { createUnits } from './support/flows';

// The first screen downloads only what the dashboard needs (issue 15): each page's code, the
// charts and the form validation come when a page first asks for them, and the scripts come
// compressed.

const OTHER_PAGES = [
  'MembersPage',
  'UnitsPage',
  'ReportsPage',
  'ResultsPage',
  'DocumentsPage',
  'ActivitiesPage',
  'IncomingPage',
  'SettingsPage',
  'HelpPage',
  'RecoveryScreen',
];

/** The chunk a script's address names ("MembersPage-CmUhu-7M.js" → "MembersPage"). */
function chunkName(url: string): string {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  return file.replace(/-[\w-]{8}\.js$/, '');
}

test('the dashboard loads with its own chunks only; another page fetches its chunk when opened', async ({ app, page }) => {
  const scripts: { name: string; encoding: string | undefined }[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script' && new URL(res.url()).pathname.endsWith('.js')) {
      scripts.push({ name: chunkName(res.url()), encoding: res.headers()['content-encoding'] });
    }
  });

  await app.open();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const first = scripts.map((s) => s.name);
  expect(first).toContain('DashboardPage');
  expect(first).toContain('vendor-react');
  for (const other of [...OTHER_PAGES, 'vendor-zod']) expect(first, `${other} on the first screen`).not.toContain(other);
  // The big ones served precompressed, as the browser asks (files under 1 kB are sent as they are).
  const big = scripts.filter((x) => ['vendor-react', 'vendor-antd-core', 'index', 'main', 'DashboardPage'].includes(x.name));
  expect(big).toHaveLength(5);
  for (const s of big) expect(['br', 'gzip'], `${s.name} compressed`).toContain(s.encoding);

  // Opening the member list brings its chunk then, not before.
  const before = scripts.length;
  await app.open('doan-vien');
  await expect(page.getByRole('heading', { name: 'Đoàn viên', exact: true })).toBeVisible();
  const later = scripts.slice(before).map((s) => s.name);
  expect(later).toContain('MembersPage');
  expect(later).not.toContain('ResultsPage');
});

test('the member list opened by its address shows the first page asked for at start, without asking again', async ({ app, page }) => {
  const units = await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) {
    await app.api('members.create', { unitId: units.CD01.id, name, joinedOn: '2020-03-15' });
  }
  const lists: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/api/members.list') lists.push(req.postData() ?? '');
  });

  await app.open('doan-vien');
  const list = page.getByRole('table', { name: 'Danh sách đoàn viên' });
  await expect(list.getByRole('row').filter({ hasText: 'Trần Thị Bình' })).toBeVisible();
  await expect(page.getByText('3 đoàn viên', { exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(lists, 'the opening page is asked for once, by the start script').toHaveLength(1);

  // The list still follows the search, and a new member shows once saved.
  await page.getByRole('searchbox', { name: 'Tìm đoàn viên' }).fill('binh');
  await expect(list.getByRole('row').filter({ hasText: 'Nguyễn Văn An' })).toHaveCount(0);
  await expect(list.getByRole('row').filter({ hasText: 'Trần Thị Bình' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm đoàn viên' }).fill('');
  await expect(list.getByRole('row').filter({ hasText: 'Nguyễn Văn An' })).toBeVisible();
  expect(lists.length).toBeGreaterThan(1);
});
