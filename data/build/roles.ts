import type { Role, SkillRequirement, Task, TaskShare, Text } from '../../shared/domain/types';
import type { Row } from './csv';
import { ROLE_CURATION, SALARY_ANCHORS } from './roles-curation';
import { S } from './sources';
import { cited, round, t } from './util';

interface EscoOcc {
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

/** The Dutch anchor of a role: its own, or that of the role whose SOC 2018 occupation it shares (the unit of the wage data). */
export function salaryAnchorOf(code: string): string | undefined {
  if (SALARY_ANCHORS[code]) return code;
  return Object.keys(SALARY_ANCHORS).find((a) => a.slice(0, 7) === code.slice(0, 7));
}

/** Paid hours a year at 36 h × 52 weeks and the 8% holiday allowance: how EVIDENCE.md F turns hourly wages into annual ones. */
const ANNUAL_HOURS = 1872;
const HOLIDAY_ALLOWANCE = 1.08;
/** Statutory minimum wage (WML, age 21+) from 1 Jan 2026, EVIDENCE.md section 4. */
const WML_HOURLY_2026 = 14.71;
/** The statutory minimum for a full-time year in the same convention, rounded up to €100: no default salary is below it. */
export const MINIMUM_ANNUAL_SALARY = Math.ceil((WML_HOURLY_2026 * ANNUAL_HOURS * HOLIDAY_ALLOWANCE) / 100) * 100;

/**
 * The one US → NL salary conversion: ln € = a + b · ln $, fitted by least squares on the Dutch anchors
 * (SALARY_ANCHORS) against their BLS OEWS May 2025 US median annual wages. b < 1 says how much
 * narrower Dutch pay differences between occupations are than US ones; one formula serves every
 * family, so no family gets its own exchange rate.
 */
export function salaryConversion(oewsByCode: Map<string, Row>): { a: number; b: number; n: number } {
  const pts = Object.entries(SALARY_ANCHORS).map(([code, anchor]) => {
    const row = oewsByCode.get(code);
    if (!row) throw new Error(`salary anchor ${code} has no BLS OEWS row`);
    return [Math.log(Number(row.annual_median_wage_usd)), Math.log(anchor.eur)] as const;
  });
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p[0], 0) / n;
  const my = pts.reduce((s, p) => s + p[1], 0) / n;
  const b = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return { a: my - b * mx, b, n };
}

export const annualGrowth = (changePercent: number): number => round((1 + changePercent / 100) ** (1 / 10) - 1, 5);

interface OnetRoleInputs {
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
  const isTarget = group !== 'current_role' || cur.target === true;

  const anchorCode = salaryAnchorOf(code);
  const anchor = anchorCode ? SALARY_ANCHORS[anchorCode] : undefined;
  const median = Number(i.oews.annual_median_wage_usd);
  let salary;
  if (anchor) {
    const what = anchor.basis === 'F' ? 'EVIDENCE.md F' : 'CBS StatLine 85517NED (EVIDENCE.md section 4)';
    // An O*NET role that splits the anchor's SOC occupation (13-1161.01 of 13-1161) is the same occupation in the wage data.
    const same = anchorCode === code ? '' : ` Same SOC occupation (${code.slice(0, 7)}) as ${anchorCode}.`;
    const sameNl = anchorCode === code ? '' : ` Zelfde SOC-beroep (${code.slice(0, 7)}) als ${anchorCode}.`;
    salary = cited(anchor.eur, [...anchor.sources], `${what}: €${anchor.eur.toLocaleString('en-US')} for a ${anchor.label}, incl. 8% holiday allowance.${same}`, `${what}: € ${anchor.eur.toLocaleString('nl-NL')} voor een ${anchor.label}, incl. 8% vakantiegeld.${sameNl}`, false);
  } else {
    const { a, b, n } = salaryConversion(i.oewsByCode);
    const converted = round(Math.exp(a + b * Math.log(median)) / 100, 0) * 100;
    const eur = Math.max(converted, MINIMUM_ANNUAL_SALARY);
    const floorEn = eur > converted ? ` Raised to the statutory minimum for a 36-h week (WML €${WML_HOURLY_2026}/h × ${ANNUAL_HOURS} h × 1.08 = €${MINIMUM_ANNUAL_SALARY.toLocaleString('en-US')}).` : '';
    const floorNl = eur > converted ? ` Verhoogd tot het wettelijk minimum bij 36 u per week (WML € ${String(WML_HOURLY_2026).replace('.', ',')}/u × ${ANNUAL_HOURS} u × 1,08 = € ${MINIMUM_ANNUAL_SALARY.toLocaleString('nl-NL')}).` : '';
    salary = cited(
      eur,
      [S.cbsWages, S.manpower, S.blsOews, S.wml, S.assumption],
      `Converted from the BLS OEWS May 2025 US median ($${median.toLocaleString('en-US')}) with the one conversion for every role: € = exp(${a.toFixed(3)} + ${b.toFixed(3)} × ln $), fitted on the ${n} Dutch anchors (EVIDENCE.md F and CBS); b = ${b.toFixed(2)} means Dutch pay differences between occupations are about ${Math.round(b * 100)}% of the US ones in log terms. Rounded to €100.${floorEn} Check against your own pay scales.`,
      `Omgerekend vanaf het Amerikaanse mediaanloon uit BLS OEWS mei 2025 ($ ${median.toLocaleString('nl-NL')}) met de ene omrekening voor alle functies: € = exp(${a.toFixed(3).replace('.', ',')} + ${b.toFixed(3).replace('.', ',')} × ln $), geschat op de ${n} Nederlandse ankerpunten (EVIDENCE.md F en CBS); b = ${b.toFixed(2).replace('.', ',')} betekent dat loonverschillen tussen beroepen in Nederland ongeveer ${Math.round(b * 100)}% van de Amerikaanse zijn (in logaritmen). Afgerond op € 100.${floorNl} Toets aan uw eigen loonschalen.`,
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
