// Bench: import of 100,000 people with 20 skills each (< 3 s, within 2× of the sqlite3
// shell's own .import of the same rows), measured in the same run against /usr/bin/sqlite3.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/api/dispatch';
import { listSkills } from '../../electron/db/repos/datasetRepo';
import { fixedClock, openTestCore, seededDbFile, silentLog, tempDir } from '../helpers/core';

interface ImportBenchRow {
  what: string;
  people: number;
  skillRows: number;
  bytes: number;
  ms: number;
}

const TITLES = ['Customer Service Representative', 'Klantenservicemedewerker', 'Marketing Manager', 'Marketingmanager', 'Copywriter', 'Telemarketer', 'Market Research Analyst', 'Callcentermedewerker', 'Sales Representative', 'Social media manager', 'Content marketeer', 'Web developer'];
const DEPTS = ['Klantenservice', 'Marketing', 'Sales', 'Online', 'Data'];
const PLACES = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Eindhoven'];
const SOURCES = ['self', 'manager', 'learning', 'inferred'];

/** Deterministic files: people with a skills column, the same people without it, and the skills in long format. */
function generateImportFiles(dir: string, people: number, skillsEach: number, skillNames: string[]): { withSkills: string; peopleOnly: string; longSkills: string } {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
  const head = 'personeelsnummer;naam;functie;fte;uren per week;afdeling;locatie;leidinggevende;in dienst;contract;bruto jaarsalaris';
  const a: string[] = [`${head};vaardigheden`];
  const b: string[] = [head];
  const c: string[] = ['personeelsnummer;vaardigheid;niveau;bron'];
  for (let i = 0; i < people; i++) {
    const id = `P${String(i + 1).padStart(6, '0')}`;
    const fte = [1, 0.8, 0.6, 0.5, 0.9][i % 5]!;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const base = `${id};Medewerker ${i + 1};${TITLES[i % TITLES.length]};${String(fte).replace('.', ',')};${String(Math.round(fte * 36 * 10) / 10).replace('.', ',')};${DEPTS[i % DEPTS.length]};${PLACES[i % PLACES.length]};${i > 10 ? `P${String(1 + (i % 10)).padStart(6, '0')}` : ''};${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${2000 + (i % 25)};${i % 7 === 0 ? 'tijdelijk' : 'vast'};${30_000 + (i % 40) * 750},00`;
    const start = Math.floor(rnd() * skillNames.length);
    const items: string[] = [];
    for (let k = 0; k < skillsEach; k++) {
      const name = skillNames[(start + k * 3) % skillNames.length]!;
      const level = Math.floor(rnd() * 6);
      items.push(`${name}:${level}`);
      c.push(`${id};${name};${level};${SOURCES[k % 4]}`);
    }
    a.push(`${base};"${items.join('; ')}"`);
    b.push(base);
  }
  const files = { withSkills: path.join(dir, 'people-with-skills.csv'), peopleOnly: path.join(dir, 'people.csv'), longSkills: path.join(dir, 'skills-long.csv') };
  fs.writeFileSync(files.withSkills, a.join('\n') + '\n');
  fs.writeFileSync(files.peopleOnly, b.join('\n') + '\n');
  fs.writeFileSync(files.longSkills, c.join('\n') + '\n');
  return files;
}

export async function benchImport(people = 100_000, skillsEach = 20): Promise<ImportBenchRow[]> {
  const dir = tempDir('overstap-import-bench-');
  const probe = await openTestCore();
  // Distinct skill names (English and Dutch, as exports mix them); "Mathematics" is two skills, left out.
  const all = listSkills(probe.db);
  probe.close();
  const names = all.flatMap((s) => [s.name.en, s.name.nl]).filter((n, i, arr) => n && n !== 'Mathematics' && arr.indexOf(n) === i);
  const files = generateImportFiles(dir, people, skillsEach, names);
  const rows: ImportBenchRow[] = [];
  const size = (f: string) => fs.statSync(f).size;

  const ours = async (what: string, input: () => Record<string, unknown>, bytes: number) => {
    const core = await openTestCore(await seededDbFile());
    const t0 = performance.now();
    const res = await dispatch(core.handlers, 'import.commit', input(), { actor: 'bench' }, silentLog);
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(`bench import failed: ${res.error.message.slice(0, 2000)}`);
    const data = res.data as { people: number; skills: number };
    const stored = (core.db.prepare('SELECT count(*) AS n FROM employee_skills').get() as { n: number }).n;
    core.close();
    if (data.people !== people || stored !== data.skills) throw new Error(`bench: ${data.people} people, ${stored}/${data.skills} skill rows`);
    rows.push({ what, people: data.people, skillRows: data.skills, bytes, ms: Math.round(ms) });
  };
  void fixedClock;
  // Reading the file and encoding it for the API is counted: it is what the CLI does.
  await ours('overstap import (people CSV with skills column)', () => ({ fileName: 'people-with-skills.csv', contentBase64: fs.readFileSync(files.withSkills).toString('base64') }), size(files.withSkills));
  await ours(
    'overstap import (people CSV + long skills CSV)',
    () => ({ fileName: 'people.csv', contentBase64: fs.readFileSync(files.peopleOnly).toString('base64'), skillsFile: { fileName: 'skills-long.csv', contentBase64: fs.readFileSync(files.longSkills).toString('base64') } }),
    size(files.peopleOnly) + size(files.longSkills),
  );

  // The sqlite3 shell's own .import of the same rows into plain tables (no constraints, no matching).
  const shellDb = path.join(dir, 'shell.db');
  const script = ['.mode csv', '.separator ;', `.import ${files.peopleOnly} people`, `.import ${files.longSkills} skills`, 'SELECT count(*) FROM people; SELECT count(*) FROM skills;'].join('\n');
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/sqlite3', [shellDb], { input: script, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  const [p, s] = r.stdout.trim().split('\n').map(Number);
  rows.push({ what: 'sqlite3 shell .import (people + long skills)', people: p!, skillRows: s!, bytes: size(files.peopleOnly) + size(files.longSkills), ms: Math.round(ms) });
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (process.argv[1] && /import\.bench\.ts$/.test(process.argv[1])) {
  const n = Number(process.argv[2] ?? 100_000);
  benchImport(n).then((rows) => {
    for (const r of rows) console.log(`${r.what.padEnd(50)} ${String(r.people).padStart(7)} people ${String(r.skillRows).padStart(9)} skill rows ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB ${String(r.ms).padStart(6)} ms`);
    const shell = rows[rows.length - 1]!.ms;
    for (const r of rows.slice(0, -1)) console.log(`ratio ${r.what}: ${(r.ms / shell).toFixed(2)}× the sqlite3 shell`);
  });
}
