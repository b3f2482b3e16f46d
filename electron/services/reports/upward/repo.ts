// The clerk's confirmed matches, kept in the settings table: for each superior template (known by
// its sheet and header), folded row label → indicator code, or null for "Không điền". Codes, not
// ids, so that next year's round with the same indicator set gets the same matches.
import type { ServiceContext } from '../../context';
import { readSetting, writeSetting } from '../../settings/key-value-repo';

const KEY = 'reports.upwardMatches';
const MAX_TEMPLATES = 40;
const MAX_LABELS = 1000;

interface Stored {
  templates: Record<string, { usedAt: string; labels: Record<string, string | null> }>;
}

function load(ctx: ServiceContext): Stored {
  // A damaged value (read as null) only costs the memory of past matches; the clerk confirms them again.
  const parsed = readSetting<Partial<Stored>>(ctx, KEY);
  return parsed && typeof parsed.templates === 'object' && parsed.templates ? { templates: parsed.templates } : { templates: {} };
}

/**
 * Remembered choices for a template: its own first, then what was confirmed for the same label in
 * other templates (most recent first) — the same superior often sends the same rows in a new file.
 */
export function rememberedMatches(ctx: ServiceContext, templateKey: string): Map<string, string | null> {
  const { templates } = load(ctx);
  const out = new Map<string, string | null>();
  const others = Object.entries(templates)
    .filter(([k]) => k !== templateKey)
    .sort((a, b) => b[1].usedAt.localeCompare(a[1].usedAt));
  for (const [, t] of [...others].reverse())
    for (const [label, code] of Object.entries(t.labels ?? {})) if (code !== null) out.set(label, code);
  for (const [label, code] of Object.entries(templates[templateKey]?.labels ?? {})) out.set(label, code);
  return out;
}

/** Stores the clerk's choices for this template (call inside a transaction). */
export function saveMatches(ctx: ServiceContext, templateKey: string, labels: Map<string, string | null>): void {
  const stored = load(ctx);
  const before = stored.templates[templateKey]?.labels ?? {};
  const merged: Record<string, string | null> = { ...before };
  for (const [label, code] of labels) merged[label] = code;
  const entries = Object.entries(merged).slice(-MAX_LABELS);
  stored.templates[templateKey] = { usedAt: ctx.now().toISOString(), labels: Object.fromEntries(entries) };
  const kept = Object.entries(stored.templates)
    .sort((a, b) => b[1].usedAt.localeCompare(a[1].usedAt))
    .slice(0, MAX_TEMPLATES);
  writeSetting(ctx, KEY, { templates: Object.fromEntries(kept) });
}

export function roundUuid(ctx: ServiceContext, roundId: number): string | null {
  return (ctx.db.prepare('SELECT uuid FROM report_rounds WHERE id = ?').pluck().get(roundId) as string | undefined) ?? null;
}
