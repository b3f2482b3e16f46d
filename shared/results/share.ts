import { SECTOR_KIND_LABELS, SECTOR_KINDS, type SectorKind, type ShareGroup } from './schema';

// Share of units holding at least one activity, per group of sectors, against the targets
// (Workers' Month 2025: ≥ 55% of enterprise units, ≥ 35% of public-sector units). Pure.

export interface ShareUnit {
  kind: SectorKind;
  active: boolean;
}

/** Percentage with one decimal (half up), or null for an empty group. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

export function shareOfUnits(
  units: readonly ShareUnit[],
  targets: { enterprise: number | null; public: number | null },
): { groups: ShareGroup[]; total: { units: number; active: number; percent: number | null } } {
  const n: Record<SectorKind, number> = { enterprise: 0, public: 0, other: 0 };
  const a: Record<SectorKind, number> = { enterprise: 0, public: 0, other: 0 };
  for (const u of units) {
    n[u.kind]++;
    if (u.active) a[u.kind]++;
  }
  const groups = SECTOR_KINDS.map((kind): ShareGroup => {
    const percent = percentOf(a[kind], n[kind]);
    const target = kind === 'other' ? null : targets[kind];
    // Compared on the exact ratio, not the rounded percentage: 54.96% does not meet 55%.
    const met = target === null || n[kind] === 0 ? null : a[kind] * 100 >= target * n[kind];
    return { kind, label: SECTOR_KIND_LABELS[kind], units: n[kind], active: a[kind], percent, target, met };
  });
  const total = units.length;
  const active = a.enterprise + a.public + a.other;
  return { groups, total: { units: total, active, percent: percentOf(active, total) } };
}
