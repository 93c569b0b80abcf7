import type { Role, SkillRequirement, Task, TaskShare, Text } from '../../shared/domain/types';
import type { Row } from './csv';
import { ROLE_CURATION, SALARY_ANCHORS, salaryAnchorFor } from './roles-curation';
import { S } from './sources';
import { cited, round, t } from './util';

export interface EscoOcc {
  uri: string;
  isco: string;
  labelEn: string;
  labelNl: string;
  altNl: string[];
  descNl: string;
}

export function escoByLabel(rows: Row[]): Map<string, EscoOcc> {
  const m = new Map<string, EscoOcc>();
  for (const r of rows)
    m.set(r.label_en, {
      uri: r.esco_uri,
      isco: r.isco_code,
      labelEn: r.label_en,
      labelNl: r.label_nl,
      descNl: (r.description_nl ?? '').trim(),
      altNl: r.alt_labels_nl ? r.alt_labels_nl.split(' | ').map((x) => x.trim()).filter(Boolean) : [],
    });
  return m;
}

export const annualGrowth = (changePercent: number): number => round((1 + changePercent / 100) ** (1 / 10) - 1, 5);

export interface OnetRoleInputs {
  occ: Row;
  ep: Row;
  oews: Row;
  oewsByCode: Map<string, Row>;
  titlesEn: string[];
  esco: Map<string, EscoOcc>;
  taskMix: TaskShare[];
  taskMixBasis: Role['taskMixBasis'];
  skills: SkillRequirement[];
  skillsBasis: Role['skillsBasis'];
}

const uniqSorted = (xs: string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en'));

export function buildOnetRole(i: OnetRoleInputs): Role {
  const code = i.occ.onetsoc_code;
  const cur = ROLE_CURATION[code];
  if (!cur) throw new Error(`no role curation for ${code}`);
  const matches = cur.esco.map((l) => {
    const e = i.esco.get(l);
    if (!e) throw new Error(`${code}: curated ESCO label "${l}" not in esco/occupations.csv`);
    return e;
  });
  let title: Text;
  if (typeof cur.nl === 'string') title = t(i.occ.title, cur.nl);
  else {
    const e = i.esco.get(cur.nl.esco);
    if (!e) throw new Error(`${code}: ESCO title "${cur.nl.esco}" missing`);
    title = t(i.occ.title, e.labelNl.charAt(0).toUpperCase() + e.labelNl.slice(1), 'esco');
  }
  const group = i.occ.selection_group;
  const family: Role['family'] = group === 'target_role' ? 'target' : 'current';
  const isTarget = group !== 'current_role';

  const anchorCode = salaryAnchorFor(code, cur.domain);
  const anchor = SALARY_ANCHORS[anchorCode];
  const median = Number(i.oews.annual_median_wage_usd);
  let salary;
  if (anchorCode === code) {
    salary = cited(anchor.eur, [...anchor.sources], `EVIDENCE.md F: €${anchor.eur.toLocaleString('en-US')} for a ${anchor.label}, incl. 8% holiday allowance.`, `EVIDENCE.md F: € ${anchor.eur.toLocaleString('nl-NL')} voor een ${anchor.label}, incl. 8% vakantiegeld.`, false);
  } else {
    const anchorMedian = Number(i.oewsByCode.get(anchorCode)!.annual_median_wage_usd);
    const ratio = median / anchorMedian;
    const eur = round((anchor.eur * ratio) / 100, 0) * 100;
    salary = cited(
      eur,
      [...anchor.sources, S.blsOews, S.assumption],
      `Scaled from EVIDENCE.md F (€${anchor.eur.toLocaleString('en-US')}, ${anchor.label}, ${anchorCode}) by the ratio of BLS OEWS May 2025 US median wages ($${median.toLocaleString('en-US')} / $${anchorMedian.toLocaleString('en-US')} = ${ratio.toFixed(3)}). US pay gaps between occupations are wider than Dutch ones: check against your own pay scales.`,
      `Geschaald vanaf EVIDENCE.md F (€ ${anchor.eur.toLocaleString('nl-NL')}, ${anchor.label}, ${anchorCode}) met de verhouding van de Amerikaanse mediane lonen uit BLS OEWS mei 2025 ($ ${median.toLocaleString('nl-NL')} / $ ${anchorMedian.toLocaleString('nl-NL')} = ${ratio.toFixed(3).replace('.', ',')}). Loonverschillen tussen beroepen zijn in de VS groter dan in Nederland: toets aan uw eigen loonschalen.`,
      true,
    );
  }
  const pct = Number(i.ep.employment_change_percent);
  const growth = cited(
    annualGrowth(pct),
    [S.blsEp],
    `US projection, not Dutch: BLS Employment Projections 2024–34 give ${pct > 0 ? '+' : ''}${pct}% over ten years for "${i.ep.bls_title}"; annual rate = (1 + ${pct}/100)^(1/10) − 1. Change it for your market.`,
    `Amerikaanse projectie, niet Nederlands: BLS Employment Projections 2024–34 geven ${pct > 0 ? '+' : ''}${String(pct).replace('.', ',')}% over tien jaar voor "${i.ep.bls_title}"; jaarlijks = (1 + ${String(pct).replace('.', ',')}/100)^(1/10) − 1. Pas aan voor uw markt.`,
    true,
  );

  const escoUris = uniqSorted(matches.map((m) => m.uri));
  const iscoCounts = new Map<string, number>();
  matches.forEach((m) => iscoCounts.set(m.isco, (iscoCounts.get(m.isco) ?? 0) + 1));
  const iscoCode = matches.length ? [...iscoCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0] : null;

  return {
    code,
    title,
    // Dutch: ESCO's description of the closest curated match where one exists, else the O*NET text marked as English.
    description: matches[0]?.descNl
      ? t(i.occ.description, matches[0].descNl, 'esco')
      : t(i.occ.description, `O*NET-beschrijving (alleen in het Engels beschikbaar): ${i.occ.description}`),
    family,
    isTarget,
    domain: cur.domain,
    onetCode: code,
    socCode: i.occ.soc_2018_code,
    escoUris,
    iscoCode,
    jobZone: Number(i.occ.job_zone),
    alternateTitles: {
      en: uniqSorted(i.titlesEn),
      nl: uniqSorted(matches.flatMap((m) => [m.labelNl, ...m.altNl])),
    },
    salary,
    growth,
    taskMix: i.taskMix,
    taskMixBasis: i.taskMixBasis,
    skills: i.skills,
    skillsBasis: i.skillsBasis,
    definedBy: 'onet',
    reasoning: null,
  };
}

export function overstapTaskFor(code: string, def: { slug: string; en: string; nl: string; category: Task['category']; exposure: Task['humanExposure']; automation: Task['gpt4Automation']; humanCritical: boolean }): Task {
  return {
    id: `ovs-t-${def.slug}`,
    roleCode: code,
    statement: t(def.en, def.nl),
    type: 'core',
    category: def.category,
    categoryRule: `overstap:${code}`,
    humanExposure: def.exposure,
    gpt4Exposure: def.exposure,
    gpt4Automation: def.automation,
    dwaIds: [],
    iwaIds: [],
    aiUsageSignal: null,
    humanCritical: def.humanCritical,
    source: 'overstap',
  };
}
