import type { AgeBand, ConsentRecord, ContractType, Dataset, Employee, EmployeeSkill, Gender, Organisation, SkillSource } from '../../shared/domain/types';
import { mulberry32, normal, pick, weighted, type Rng } from './prng';
import { round } from './util';

const DEMO_SEED = 20261101;
/** Fixed "today" so tenure and consent dates never depend on the build date. */
const REFERENCE = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

interface Unit {
  department: string;
  location: string;
  cs: boolean;
  roles: [string, number][];
  /** Role of the people who lead the unit's teams and the span of control. */
  lead: string;
  span: number;
}

// Customer service ≈ 1,100 (agents, team leads, back office), marketing/content/sales ≈ 400.
const UNITS: Unit[] = [
  { department: 'Klantenservice', location: 'Utrecht', cs: true, lead: '43-1011.00', span: 16, roles: [['43-4051.00', 360], ['43-2011.00', 20], ['43-4171.00', 20], ['43-1011.00', 30]] },
  { department: 'Klantenservice', location: 'Eindhoven', cs: true, lead: '43-1011.00', span: 16, roles: [['43-4051.00', 290], ['43-4181.00', 30], ['43-1011.00', 22]] },
  { department: 'Outbound & Incasso', location: 'Rotterdam', cs: true, lead: '43-1011.00', span: 15, roles: [['41-9041.00', 90], ['43-3011.00', 75], ['43-1011.00', 11]] },
  { department: 'Backoffice', location: 'Eindhoven', cs: true, lead: '43-1011.00', span: 18, roles: [['43-4021.00', 45], ['43-4151.00', 50], ['43-9021.00', 50], ['43-1011.00', 7]] },
  { department: 'Marketing', location: 'Amsterdam', cs: false, lead: '11-2021.00', span: 20, roles: [['11-2021.00', 8], ['11-2032.00', 2], ['11-2033.00', 1], ['13-1161.00', 113], ['13-1161.01', 20], ['13-1121.00', 8], ['27-3031.00', 12]] },
  { department: 'Content & Creatie', location: 'Amsterdam', cs: false, lead: '11-2011.00', span: 25, roles: [['11-2011.00', 3], ['27-1024.00', 25], ['27-3041.00', 15], ['27-3043.00', 40], ['27-3091.00', 10], ['27-4032.00', 8]] },
  { department: 'Sales', location: 'Utrecht', cs: false, lead: '41-1012.00', span: 14, roles: [['11-2022.00', 5], ['41-1012.00', 10], ['41-3011.00', 15], ['41-3091.00', 60], ['41-4012.00', 25], ['41-9011.00', 20]] },
];

const FIRST_F = ['Anna', 'Emma', 'Sophie', 'Julia', 'Lotte', 'Sanne', 'Fleur', 'Lisa', 'Eva', 'Noor', 'Femke', 'Iris', 'Maud', 'Yasmina', 'Fatima', 'Esra', 'Priya', 'Chantal', 'Ingrid', 'Marieke', 'Anouk', 'Roos', 'Naima', 'Sevda'];
const FIRST_M = ['Daan', 'Sem', 'Lucas', 'Milan', 'Thijs', 'Bram', 'Jeroen', 'Ruben', 'Mohamed', 'Youssef', 'Kevin', 'Stefan', 'Pieter', 'Joost', 'Tim', 'Rik', 'Emre', 'Mehmet', 'Sander', 'Wouter', 'Dennis', 'Jasper', 'Niels', 'Rachid'];
const FIRST_X = ['Sam', 'Robin', 'Alex', 'Kim', 'Noa', 'Charlie'];
const LAST = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'Yılmaz', 'El Amrani', 'Bouzid', 'Kaya', 'Sardjoe', 'Pinas', 'Nguyen', 'Wang', 'Öztürk'];
const RECORDERS = ['HR-servicedesk (demo)', 'P. Visser, HR-adviseur (demo)', 'M. de Groot, privacy officer (demo)'];
const OBJECTION_REASONS = [
  'Ik wil niet dat een model mijn geschiktheid voor andere functies beoordeelt.',
  'Bezwaar tegen profilering op basis van vaardigheden (AVG art. 21).',
  'Ik wil eerst in gesprek met de ondernemingsraad over dit instrument.',
  'Mijn vaardigheden zijn niet goed vastgelegd; geen score tot dat is hersteld.',
  'Persoonlijke omstandigheden; ik wil niet meegenomen worden in scenario’s.',
];

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function ageBand(age: number): AgeBand {
  return age < 25 ? '<25' : age < 35 ? '25-34' : age < 45 ? '35-44' : age < 55 ? '45-54' : '55+';
}

/** The levels a person in the role typically holds: the role's full O*NET profile, raised to its requirements. */
function typicalLevels(dataset: Dataset, roleCode: string, profiles: Map<string, { skillId: string; level: number }[]>): { skillId: string; level: number }[] {
  const role = dataset.roles.find((r) => r.code === roleCode)!;
  const levels = new Map<string, number>();
  for (const p of profiles.get(roleCode) ?? []) levels.set(p.skillId, p.level);
  for (const req of role.skills) levels.set(req.skillId, Math.max(levels.get(req.skillId) ?? 0, req.level));
  return [...levels].map(([skillId, level]) => ({ skillId, level })).sort((a, b) => (a.skillId < b.skillId ? -1 : 1));
}

function drawSkills(rng: Rng, typical: { skillId: string; level: number }[], extraPool: string[]): EmployeeSkill[] {
  const src = (): SkillSource => weighted<SkillSource>(rng, [['manager', 0.5], ['self', 0.35], ['inferred', 0.15]]);
  // Around the typical level with one level of spread; skills a person holds at 0 are simply not recorded.
  const skills: EmployeeSkill[] = typical
    .map((t) => ({ skillId: t.skillId, level: Math.max(0, Math.min(5, Math.round(normal(rng, t.level, 0.7)))), source: src() }))
    .filter((s) => s.level > 0);
  // Some people already picked up skills their role does not ask for, which makes reskilling paths differ.
  if (rng() < 0.3) {
    const extra = pick(rng, extraPool);
    if (!skills.some((s) => s.skillId === extra)) skills.push({ skillId: extra, level: 1 + Math.floor(rng() * 3), source: 'self' });
  }
  return skills.sort((a, b) => (a.skillId < b.skillId ? -1 : 1));
}

export function buildDemoOrganisation(dataset: Dataset, profiles: Map<string, { skillId: string; level: number }[]>): Organisation {
  const rng = mulberry32(DEMO_SEED);
  const extraPool = ['ovs:data-literacy', 'ovs:prompting-and-evaluating-ai-output', 'ovs:knowledge-management', 'tech:analytics-bi', 'tech:spreadsheets', 'ovs:marketing-automation', 'tech:web-cms', 'ovs:ai-literacy'];
  const employees: Employee[] = [];
  let n = 0;
  const nextId = () => `E${String(++n).padStart(4, '0')}`;

  for (const unit of UNITS) {
    const people: Employee[] = [];
    for (const [roleCode, count] of unit.roles) {
      for (let k = 0; k < count; k++) {
        const gender = weighted<Gender>(rng, unit.cs ? [['female', 0.6], ['male', 0.38], ['other', 0.02]] : [['female', 0.55], ['male', 0.43], ['other', 0.02]]);
        const first = gender === 'female' ? pick(rng, FIRST_F) : gender === 'male' ? pick(rng, FIRST_M) : pick(rng, FIRST_X);
        const age = Math.max(18, Math.min(66, Math.round(normal(rng, unit.cs ? 33 : 37, 10))));
        // Contact-centre tenure is short (high attrition); professionals stay longer.
        const tenureYears = Math.min(age - 17, -Math.log(Math.max(rng(), 1e-6)) * (unit.cs ? 3 : 6));
        const contractType = weighted<ContractType>(rng, unit.cs ? [['permanent', 0.65], ['temporary', 0.25], ['outsourced', 0.1]] : [['permanent', 0.85], ['temporary', 0.12], ['outsourced', 0.03]]);
        const fte = unit.cs
          ? weighted(rng, [[0.5, 0.15], [0.6, 0.15], [0.7, 0.15], [0.8, 0.2], [0.9, 0.1], [1, 0.25]] as const)
          : weighted(rng, [[0.6, 0.05], [0.8, 0.25], [0.9, 0.15], [1, 0.55]] as const);
        const role = dataset.roles.find((r) => r.code === roleCode)!;
        const salary = rng() < 0.15 ? round((role.salary.value * (0.85 + rng() * 0.35)) / 100, 0) * 100 : null;
        const e: Employee = {
          id: '',
          name: `${first} ${pick(rng, LAST)}`,
          roleCode,
          roleToReview: false,
          fte,
          weeklyHours: round(fte * 36, 1),
          department: unit.department,
          location: unit.location,
          managerId: null,
          team: null,
          startDate: iso(REFERENCE - Math.round(tenureYears * 365.25) * DAY),
          contractType,
          salary,
          skills: drawSkills(rng, typicalLevels(dataset, roleCode, profiles), extraPool),
          consents: [],
          objection: null,
        };
        if (rng() < 0.6) {
          const givenAt = REFERENCE - Math.floor(rng() * 600) * DAY - Math.floor(rng() * 36_000) * 1000;
          const recordedBy = pick(rng, RECORDERS);
          const both = rng() < 0.85;
          const consents: ConsentRecord[] = [];
          if (both || rng() < 0.5) consents.push({ field: 'ageBand', purpose: 'fairness-audit', givenAt: isoTime(givenAt), recordedBy });
          if (both || consents.length === 0) consents.push({ field: 'gender', purpose: 'fairness-audit', givenAt: isoTime(givenAt), recordedBy });
          e.consents = consents;
          if (consents.some((c) => c.field === 'ageBand')) e.ageBand = ageBand(age);
          if (consents.some((c) => c.field === 'gender')) e.gender = gender;
        }
        people.push(e);
      }
    }
    // Ids follow unit order; leads come first in each unit so their ids are stable and low.
    people.sort((a, b) => Number(b.roleCode === unit.lead) - Number(a.roleCode === unit.lead));
    people.forEach((p) => (p.id = nextId()));
    const leads = people.filter((p) => p.roleCode === unit.lead);
    // Two-level hierarchy: the first lead heads the unit, other leads report to them, everyone else to a lead.
    const head = leads[0];
    const teamLeads = leads.length > 1 ? leads.slice(1) : leads;
    for (const p of leads.slice(1)) p.managerId = head.id;
    // Teams are named the way a Dutch organisation chart names them: unit, place and a number per team lead.
    const place = `${unit.department} ${unit.location}`;
    const teamOf = new Map(teamLeads.map((lead, k) => [lead.id, `${place} · team ${k + 1}`]));
    for (const lead of teamLeads) lead.team = teamOf.get(lead.id)!;
    if (teamLeads[0] !== head) head.team = `${place} · leiding`;
    let i = 0;
    for (const p of people) {
      if (p.roleCode === unit.lead) continue;
      const lead = teamLeads[Math.floor(i / unit.span) % teamLeads.length];
      p.managerId = lead.id;
      p.team = teamOf.get(lead.id)!;
      i++;
    }
    employees.push(...people);
  }

  // Five people objected to being scored (AVG art. 21).
  const objectors = new Set<number>();
  while (objectors.size < 5) objectors.add(Math.floor(rng() * employees.length));
  [...objectors].sort((a, b) => a - b).forEach((idx, k) => {
    employees[idx].objection = { since: iso(REFERENCE - (30 + Math.floor(rng() * 300)) * DAY), reason: OBJECTION_REASONS[k] };
  });

  return { name: 'Demo BV', isDemo: true, seed: DEMO_SEED, employees };
}
