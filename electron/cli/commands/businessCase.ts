/**
 * business-case: the figures the Redeployment screen shows, from the same service (reskill.businessCase).
 */
import type { BusinessCaseDto } from '../../../shared/api/reskill-dto';
import type { Lang } from '../../../shared/domain/types';
import { optionalString, type Command } from '../command';
import { euro, number, table } from '../format';

/** The stable JSON of the business case (README documents every key). */
function businessCaseJson(out: BusinessCaseDto, withExplain: boolean) {
  return {
    scenario: out.scenario,
    asOf: out.asOf,
    learningTime: out.learningTime,
    counted: out.counted,
    totals: out.totals,
    lines: out.lines,
    ...(withExplain ? { explain: out.explain } : {}),
  };
}

function text(out: BusinessCaseDto, lang: Lang): string {
  const c = out.counted;
  const T = out.totals;
  const nl = lang === 'nl';
  const head = nl
    ? `Businesscase, scenario ${out.scenario}: ${T.saving >= 0 ? `omscholen bespaart ${euro(T.saving, lang)}` : `omscholen kost ${euro(-T.saving, lang)} meer`} (omscholen ${euro(T.reskillCost, lang)}, vervangen en aannemen ${euro(T.replaceCost, lang)})`
    : `Business case, scenario ${out.scenario}: ${T.saving >= 0 ? `reskilling saves ${euro(T.saving, lang)}` : `reskilling costs ${euro(-T.saving, lang)} more`} (reskill ${euro(T.reskillCost, lang)}, replace and hire ${euro(T.replaceCost, lang)})`;
  const who = nl
    ? `Geteld: ${c.decisions} beslissingen (mensen toegewezen aan een vacature; ${c.fromPool} uit de herplaatsingspool, ${c.backfilled} van wie de baan opnieuw wordt ingevuld). Niet in de vergelijking: ${c.openingsLeft} van ${c.openings} vacatures worden in beide gevallen extern ingevuld; ${c.poolNotPlaced} mensen in de pool zonder vacature; ${c.excludedOutsourced} uitbestede medewerkers (niet in dienst). Leeruren: ${out.learningTime === 'paid' ? 'betaald tegen loon' : 'uit door AI vrijgekomen tijd'}.`
    : `Counted: ${c.decisions} decisions (people assigned to an opening; ${c.fromPool} from the redeployment pool, ${c.backfilled} whose job is backfilled). Not in the comparison: ${c.openingsLeft} of ${c.openings} openings are hired externally either way; ${c.poolNotPlaced} pool members without an opening; ${c.excludedOutsourced} outsourced staff (not the employer's). Learning hours: ${out.learningTime === 'paid' ? 'paid at wage' : 'taken from AI-freed time'}.`;
  const rows = out.lines.map((l) => [l.employeeId, l.currentRole.title, l.targetRole.title, l.contractType, number(l.fte, lang, 2), l.inPool ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no', euro(l.reskillCost, lang), euro(l.replaceCost, lang), euro(l.saving, lang)]);
  const headers = nl ? ['medewerker', 'van', 'naar', 'contract', 'fte', 'pool', 'omscholen', 'vervangen', 'besparing'] : ['employee', 'from', 'to', 'contract', 'fte', 'pool', 'reskill', 'replace', 'saving'];
  return `${head}\n${who}\n${table(headers, rows)}`;
}

export const businessCaseCommand: Command = {
  name: 'business-case',
  summary: 'Reskilling against replace-and-hire for the people assigned to openings (what the Redeployment screen shows)',
  usage: 'business-case [--scenario NAME] [--department D]',
  options: {
    scenario: { kind: 'string', value: 'NAME', help: 'scenario (default expected)' },
    department: { kind: 'string', value: 'D', help: 'only the decisions about people in this department' },
    explain: { kind: 'flag', help: 'add how the saving was made' },
  },
  async run(ctx) {
    const out = await ctx.call('reskill.businessCase', { scenario: optionalString(ctx, 'scenario'), department: optionalString(ctx, 'department'), lang: ctx.lang });
    return { json: businessCaseJson(out, ctx.options.explain === true), text: text(out, ctx.lang) };
  },
};
