import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AutomationLabel, ExposureLabel, Task } from '../../shared/domain/types';
import { parseTsv, readCsv, type Row } from './csv';
import { categorise, HUMAN_CRITICAL_IWAS, HUMAN_CRITICAL_RE } from './categories';
import { round, t } from './util';

interface TaskBuild {
  tasks: Task[];
  missingDutch: string[];
  /** task id → rating inputs, for the time-share rule. */
  ratings: Map<string, { im: number; rt: number; freq: number }>;
}

const exposure = (v: string | undefined): ExposureLabel | null => (v === 'E0' || v === 'E1' || v === 'E2' ? v : null);
const automation = (v: string | undefined): AutomationLabel | null =>
  v === 'T0' || v === 'T1' || v === 'T2' || v === 'T3' || v === 'T4' ? v : null;

const TRANSLATION_FILES = ['tasks-nl-current.tsv', 'tasks-nl-target.tsv'];

export function readTranslations(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of TRANSLATION_FILES) {
    const p = path.join(dir, f);
    if (!existsSync(p)) continue;
    for (const r of parseTsv(readFileSync(p, 'utf8'))) if (r.task_id && r.nl) m.set(r.task_id, r.nl);
  }
  return m;
}

export function buildTasks(src: string, selected: Set<string>, translations: Map<string, string>): TaskBuild {
  const taskRows = readCsv(src, 'onet/tasks.csv').filter((r) => selected.has(r.onetsoc_code));
  const gpts = new Map<string, Row>();
  for (const r of readCsv(src, 'exposure/gpts_task_exposure.csv')) {
    // Retired tasks carry labels for statements O*NET 29.3 no longer has: they are dropped here.
    if (r.onet_29_3_task_match === 'not_in_onet_29_3') continue;
    gpts.set(`${r.onetsoc_code}|${r.task_id}`, r);
  }
  const dwaRef = new Map(readCsv(src, 'onet/dwa_reference.csv').map((r) => [r.dwa_id, r]));
  const links = new Map<string, string[]>();
  for (const r of readCsv(src, 'onet/tasks_to_dwas.csv')) {
    const k = `${r.onetsoc_code}|${r.task_id}`;
    const arr = links.get(k) ?? [];
    if (!arr.includes(r.dwa_id)) arr.push(r.dwa_id);
    links.set(k, arr);
  }
  const msft = new Map<string, number>();
  for (const r of readCsv(src, 'exposure/msft_iwa_metrics.csv')) {
    // Mean of the user-goal and AI-action sides of completion × scope × coverage (both in 0..1).
    msft.set(r.iwa_id, (Number(r.completion_x_scope_x_coverage_user) + Number(r.completion_x_scope_x_coverage_ai)) / 2);
  }
  const ratings = new Map<string, { im: number; rt: number; freq: number }>();
  const freq = new Map(readCsv(src, 'onet/task_frequency_derived.csv').map((r) => [`${r.onetsoc_code}|${r.task_id}`, Number(r.est_times_per_workday)]));
  for (const r of readCsv(src, 'onet/task_ratings.csv')) {
    const k = `${r.onetsoc_code}|${r.task_id}`;
    const cur = ratings.get(r.task_id) ?? { im: NaN, rt: NaN, freq: freq.get(k) ?? NaN };
    if (r.scale_id === 'IM') cur.im = Number(r.data_value);
    if (r.scale_id === 'RT') cur.rt = Number(r.data_value);
    ratings.set(r.task_id, cur);
  }

  const missingDutch: string[] = [];
  const tasks: Task[] = taskRows.map((r) => {
    const key = `${r.onetsoc_code}|${r.task_id}`;
    const dwaIds = [...(links.get(key) ?? [])].sort();
    const refs = dwaIds.map((d) => {
      const ref = dwaRef.get(d);
      if (!ref) throw new Error(`task ${r.task_id}: DWA ${d} missing from dwa_reference.csv`);
      return ref;
    });
    const iwaIds = [...new Set(refs.map((x) => x.iwa_id))].sort();
    const cat = categorise(
      r.task,
      refs.map((x) => ({ iwaId: x.iwa_id, gwaId: x.gwa_element_id })),
    );
    const signals = iwaIds.map((i) => msft.get(i)).filter((x): x is number => x !== undefined);
    const g = gpts.get(key);
    const nl = translations.get(r.task_id);
    if (!nl) missingDutch.push(r.task_id);
    return {
      id: r.task_id,
      roleCode: r.onetsoc_code,
      statement: t(r.task, nl ?? r.task),
      type: r.task_type === 'Core' ? 'core' : r.task_type === 'Supplemental' ? 'supplemental' : null,
      category: cat.category,
      categoryRule: cat.rule,
      humanExposure: exposure(g?.human_exposure),
      gpt4Exposure: exposure(g?.gpt4_exposure),
      gpt4Automation: automation(g?.gpt4_automation),
      dwaIds,
      iwaIds,
      aiUsageSignal: signals.length ? round(signals.reduce((s, x) => s + x, 0) / signals.length, 4) : null,
      humanCritical: HUMAN_CRITICAL_RE.test(r.task) || iwaIds.some((i) => HUMAN_CRITICAL_IWAS.has(i)),
      source: 'onet',
    };
  });
  missingDutch.sort((a, b) => Number(a) - Number(b));
  return { tasks, missingDutch, ratings };
}
