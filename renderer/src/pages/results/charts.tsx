// Charts of the results page (recharts). Kept small: a clerk glances at them; the tables hold the figures.
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RoundResults } from '../../../../shared/results/schema';
import { formatNumberVi } from '../../../../shared/reports/parse-number';

const fmt = (v: unknown) => (typeof v === 'number' ? formatNumberVi(v) : String(v ?? ''));
export const PALETTE = ['#1f5fa8', '#2e9d6b', '#e49b0f', '#8a56c9', '#d0483f', '#3aa3c2', '#7a8699', '#b3702e', '#4c6b2f', '#c2467e'];

/** Reporting progress: on time / late / not yet. */
export function ProgressChart({ counts }: { counts: RoundResults['counts'] }) {
  const data = [
    { name: 'Đúng hạn', value: counts.onTime, color: '#2e9d6b' },
    { name: 'Trễ hạn', value: counts.late, color: '#e49b0f' },
    { name: 'Chưa nộp', value: counts.missing, color: '#d0483f' },
  ].filter((d) => d.value > 0);
  return (
    <div
      className="chart-box"
      role="img"
      aria-label={`Tiến độ nhận báo cáo: ${counts.onTime} đúng hạn, ${counts.late} trễ hạn, ${counts.missing} chưa nộp`}
    >
      <ResponsiveContainer width="100%" height={210}>
        <PieChart>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius={52}
            outerRadius={82}
            paddingAngle={1}
            isAnimationActive={false}
            label={({ value }) => fmt(value)}
          >
            {data.map((d) => (
              <Cell key={d.name} fill={d.color} />
            ))}
          </Pie>
          <Tooltip formatter={(v) => [`${fmt(v)} đơn vị`, '']} />
          <Legend verticalAlign="bottom" height={24} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Share of units with at least one activity, per group, next to the target. */
export function ShareChart({ share }: { share: RoundResults['share'] }) {
  const data = share.groups
    .filter((g) => g.units > 0 && g.kind !== 'other')
    .map((g) => ({
      name: g.kind === 'enterprise' ? 'Khối doanh nghiệp' : 'Khối HCSN',
      'Đạt được': g.percent ?? 0,
      'Chỉ tiêu': g.target ?? 0,
    }));
  if (share.total.units > 0) data.push({ name: 'Chung', 'Đạt được': share.total.percent ?? 0, 'Chỉ tiêu': 0 });
  return (
    <div className="chart-box" role="img" aria-label="Tỷ lệ công đoàn cơ sở có ít nhất một hoạt động so với chỉ tiêu">
      <ResponsiveContainer width="100%" height={210}>
        <BarChart data={data} margin={{ top: 18, right: 8, left: -18, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickFormatter={(v) => `${v}%`} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v, n) => [`${fmt(v)}%`, n]} />
          <Legend height={24} />
          <Bar
            dataKey="Đạt được"
            fill="#1f5fa8"
            isAnimationActive={false}
            label={{ position: 'top', fontSize: 12, formatter: (v: unknown) => `${fmt(v)}%` }}
          />
          <Bar dataKey="Chỉ tiêu" fill="#c9d3e0" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One indicator by sector (and the office's own activities), horizontal bars. */
export function SectorBars({ results, indicatorId }: { results: RoundResults; indicatorId: number }) {
  const ind = results.indicators.find((i) => i.id === indicatorId);
  if (!ind) return null;
  const data = results.columns.map((c, k) => ({ name: c.name, value: ind.byColumn[k] ?? 0, office: c.kind === 'office' }));
  const height = Math.max(160, data.length * 36 + 30);
  return (
    <div className="chart-box" role="img" aria-label={`${ind.code}. ${ind.label} theo khối`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 70, left: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={fmt} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12.5 }} interval={0} />
          <Tooltip formatter={(v) => [`${fmt(v)}${ind.kind === 'percent' ? '%' : ind.unit ? ` ${ind.unit}` : ''}`, ind.code]} />
          <Bar dataKey="value" isAnimationActive={false} label={{ position: 'right', fontSize: 12, formatter: fmt }}>
            {data.map((d, i) => (
              <Cell key={i} fill={d.office ? '#e49b0f' : PALETTE[i % PALETTE.length]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The count indicators of one group, each a bar stacked by sector (the office on top). */
export function GroupStackedBars({ results, group }: { results: RoundResults; group: string | null }) {
  const inds = results.indicators.filter((i) => i.group === group && i.kind === 'count');
  const data = inds.map((i) => {
    const row: Record<string, string | number> = { code: i.code, label: i.label };
    results.columns.forEach((c, k) => (row[c.name] = i.byColumn[k] ?? 0));
    return row;
  });
  return (
    <div className="chart-box" role="img" aria-label={`Các chỉ tiêu của nhóm ${group ?? ''} theo khối`}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="code" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={fmt} tick={{ fontSize: 12 }} width={60} />
          <Tooltip labelFormatter={(code, p) => `${code}. ${String(p?.[0]?.payload?.label ?? '')}`} formatter={(v, n) => [fmt(v), n]} />
          <Legend wrapperStyle={{ fontSize: 12.5 }} />
          {results.columns.map((c, k) => (
            <Bar
              key={c.key}
              dataKey={c.name}
              stackId="s"
              fill={c.kind === 'office' ? '#e49b0f' : PALETTE[k % PALETTE.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** This round next to the same round last year, for the count indicators of one group. */
export function CompareBars({ results, group }: { results: RoundResults; group: string | null }) {
  if (!results.previous) return null;
  const inds = results.indicators.filter((i) => i.group === group && i.kind === 'count');
  const now = `Năm ${results.round.year}`;
  const before = `Năm ${results.previous.year}`;
  const data = inds.map((i) => ({ code: i.code, label: i.label, [now]: i.total ?? 0, [before]: i.previous ?? 0 }));
  return (
    <div className="chart-box" role="img" aria-label="So sánh với cùng kỳ năm trước">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="code" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={fmt} tick={{ fontSize: 12 }} width={60} />
          <Tooltip labelFormatter={(code, p) => `${code}. ${String(p?.[0]?.payload?.label ?? '')}`} formatter={(v, n) => [fmt(v), n]} />
          <Legend wrapperStyle={{ fontSize: 12.5 }} />
          <Bar dataKey={before} fill="#c9d3e0" isAnimationActive={false} />
          <Bar dataKey={now} fill="#1f5fa8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
