/**
 * Skills-gap heatmap: target roles (rows) × required skills (columns). A CSS grid with a text code and a
 * pattern in every cell, so the grade never rests on colour alone; the same data as a table on request.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapGrade } from '../../../../shared/domain/reskillTypes';
import type { PathDto } from '../../../../shared/api/reskill-dto';
import { GradeBadge, ViewToggle } from './common';

const WEIGHT: Record<GapGrade, number> = { matched: 0, small: 1, medium: 2, large: 3 };
const GRADES: GapGrade[] = ['matched', 'small', 'medium', 'large'];

interface HeatmapData {
  roles: { code: string; title: string }[];
  skills: { id: string; name: string }[];
  cell(roleCode: string, skillId: string): GapGrade | null;
}

function heatmapData(paths: PathDto[], maxRoles = 8, maxSkills = 14): HeatmapData {
  const rows = paths.slice(0, maxRoles);
  const grid = new Map<string, GapGrade>();
  const score = new Map<string, { name: string; weight: number; seen: number }>();
  for (const p of rows) {
    for (const m of p.matched ?? []) {
      grid.set(`${p.targetRole.code}|${m.skill}`, 'matched');
      const s = score.get(m.skill) ?? { name: m.skillName, weight: 0, seen: 0 };
      s.seen++;
      score.set(m.skill, s);
    }
    for (const g of p.gap) {
      grid.set(`${p.targetRole.code}|${g.skill}`, g.grade);
      const s = score.get(g.skill) ?? { name: g.skillName, weight: 0, seen: 0 };
      s.weight += WEIGHT[g.grade];
      s.seen++;
      score.set(g.skill, s);
    }
  }
  const skills = [...score]
    .sort((a, b) => b[1].weight - a[1].weight || b[1].seen - a[1].seen || a[1].name.localeCompare(b[1].name))
    .slice(0, maxSkills)
    .map(([id, s]) => ({ id, name: s.name, weight: s.weight }));
  return {
    roles: rows.map((p) => p.targetRole),
    skills: skills.map(({ id, name }) => ({ id, name })),
    cell: (r, s) => grid.get(`${r}|${s}`) ?? null,
  };
}

export function GapHeatmap({ paths, who }: { paths: PathDto[]; who: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const data = useMemo(() => heatmapData(paths), [paths]);
  const worst = useMemo(() => {
    const totals = data.skills.map((s) => ({ s, w: data.roles.reduce((sum, r) => sum + WEIGHT[data.cell(r.code, s.id) ?? 'matched'], 0) }));
    return totals.sort((a, b) => b.w - a.w)[0];
  }, [data]);
  const title = worst && worst.w > 0 ? t('paths.heatmap.title', { id: who, skill: worst.s.name }) : t('paths.heatmap.titleNone', { id: who });
  const code = (g: GapGrade | null) => (g ? t(`paths.gradeShort.${g}`) : '·');
  const label = (g: GapGrade | null) => (g ? t(`paths.grade.${g}`) : t('paths.heatmap.notRequired'));

  return (
    <section className="panel" aria-labelledby="heatmap-title" data-testid="gap-heatmap">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('paths.heatmap.kicker')}</p>
          <h2 className="panel__title" id="heatmap-title">
            {title}
          </h2>
        </div>
        <ViewToggle view={view} onChange={setView} label={t('paths.heatmap.kicker')} testId="heatmap-view" />
      </div>
      {view === 'chart' ? (
        <>
          <div className="rk-heatmap" style={{ gridTemplateColumns: `minmax(180px, 240px) repeat(${data.skills.length}, minmax(34px, 1fr))` }} aria-hidden="true">
            <div className="rk-heatmap__corner">{t('paths.heatmap.role')}</div>
            {data.skills.map((s) => (
              <div key={s.id} className="rk-heatmap__col" title={s.name}>
                <span>{s.name}</span>
              </div>
            ))}
            {data.roles.map((r) => (
              <div key={r.code} className="rk-heatmap__row">
                <div className="rk-heatmap__rowhead" title={r.title}>
                  {r.title}
                </div>
                {data.skills.map((s) => {
                  const g = data.cell(r.code, s.id);
                  return (
                    <div key={s.id} className={`rk-heatmap__cell rk-grade-bg--${g ?? 'none'}`} title={`${r.title} × ${s.name}: ${label(g)}`} data-grade={g ?? 'none'}>
                      {code(g)}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <p className="visually-hidden">{t('paths.heatmap.caption', { n: data.roles.length })}</p>
          <div className="rk-legend" aria-label={t('paths.heatmap.legend')}>
            {GRADES.map((g) => (
              <GradeBadge key={g} grade={g} />
            ))}
            <span className="rk-grade rk-grade--none">
              <span className="rk-grade__swatch" aria-hidden="true" />· {t('paths.heatmap.notRequired')}
            </span>
          </div>
        </>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="heatmap-table">
            <caption>{t('paths.heatmap.caption', { n: data.roles.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('paths.heatmap.role')}</th>
                {data.skills.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.roles.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.title}</th>
                  {data.skills.map((s) => (
                    <td key={s.id}>{label(data.cell(r.code, s.id))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
