// The sector side of the results: the columns of the breakdown and the share of units with at
// least one activity per group of sectors. Pure.
import {
  defaultSectorKind,
  type ResultsColumn,
  type ResultsSettings,
  type RoundResults,
  type SectorKind,
} from '../../../shared/results/schema';
import { shareOfUnits } from '../../../shared/results/share';

interface RoundUnit {
  id: number;
  sectorId: number | null;
  sectorName: string | null;
  sectorOrder: number;
  /** Must report in the round (else only involved through a report or an activity). */
  inRound: boolean;
}

export const columnKey = (sectorId: number | null): string => (sectorId === null ? 'none' : `s${sectorId}`);

/** The kind of a unit's sector: chosen by the clerk, else guessed from its name; 'other' without a sector. */
function unitKind(u: Pick<RoundUnit, 'sectorId' | 'sectorName'>, kindOf: ReadonlyMap<number, SectorKind>): SectorKind {
  return u.sectorId === null ? 'other' : (kindOf.get(u.sectorId) ?? defaultSectorKind(u.sectorName));
}

export const sectorKindMap = (settings: ResultsSettings): Map<number, SectorKind> =>
  new Map(settings.sectorKinds.map((s) => [s.sectorId, s.kind]));

/** Sectors with units in the round (in the sectors' order), then units without a sector, then the office. */
export function resultColumns(units: Iterable<RoundUnit>, kindOf: ReadonlyMap<number, SectorKind>, officeName: string): ResultsColumn[] {
  const cols = new Map<string, ResultsColumn>();
  for (const u of [...units].sort((a, b) => a.sectorOrder - b.sectorOrder)) {
    const key = columnKey(u.sectorId);
    let col = cols.get(key);
    if (!col) {
      col = { key, sectorId: u.sectorId, name: u.sectorName ?? 'Chưa phân khối', kind: unitKind(u, kindOf), units: 0 };
      cols.set(key, col);
    }
    if (u.inRound) col.units++;
  }
  const none = cols.get('none');
  if (none) {
    cols.delete('none');
    cols.set('none', none);
  }
  cols.set('office', { key: 'office', sectorId: null, name: officeName, kind: 'office', units: 0 });
  return [...cols.values()];
}

/** Share of the units that must report holding at least one activity, against the round's targets. */
export function roundShare(
  units: Iterable<RoundUnit>,
  kindOf: ReadonlyMap<number, SectorKind>,
  active: ReadonlySet<number>,
  settings: Pick<ResultsSettings, 'enterpriseTarget' | 'publicTarget'>,
): Omit<RoundResults['share'], 'activityIndicator'> {
  const shareUnits = [...units].filter((u) => u.inRound).map((u) => ({ kind: unitKind(u, kindOf), active: active.has(u.id) }));
  return shareOfUnits(shareUnits, { enterprise: settings.enterpriseTarget, public: settings.publicTarget });
}
