/**
 * The privacy documents and the access export as files: facts gathered from the live database (and the
 * latest fairness audit), written as Markdown, printed to PDF by the host's printer on request.
 */
import type { ApiOutput, ApiParsed, CallContext } from '../../../shared/api/contract';
import type { FairnessDto } from '../../../shared/api/reskill-dto';
import type { Lang } from '../../../shared/domain/types';
import { appendAudit, oldestAuditEntry } from '../../db/repos/auditRepo';
import { countConsentsByField } from '../../db/repos/consentsRepo';
import { getDatasetInfo, getSources } from '../../db/repos/datasetRepo';
import { countObjections, getOrganisationName } from '../../db/repos/employeesRepo';
import { countErasures } from '../../db/repos/erasureRepo';
import { storedDataFacts } from '../../db/repos/privacyRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import { requirePrinter } from '../../export/pdf';
import { accessExportMarkdown } from '../../privacy/access';
import { DOCUMENT_TITLES, renderDocument, type DocFacts } from '../../privacy/documents';
import { markdownToHtml } from '../../privacy/markdown';
import { passphraseIsSet } from '../../privacy/passphrase';
import { getRetentionMonths } from '../../privacy/retention';
import type { CorePorts } from '../ports';
import { buildAccessExport } from './accessRequest';
import { fairnessReport } from './redeployment';
import { DEFAULT_SCENARIO } from './scenarios';
import { languageOf } from './settings';

const PAGE = { en: { page: 'Page', of: 'of' }, nl: { page: 'Pagina', of: 'van' } } as const;

const printMarkdown = (p: CorePorts, md: string, lang: Lang, title: string): Promise<Buffer> =>
  requirePrinter(p.pdf).printHtml(markdownToHtml(md, { lang, title }), { header: title, ...PAGE[lang] });

async function gatherFacts(p: CorePorts, ctx: CallContext, withFairness: boolean): Promise<DocFacts> {
  const settings = getSettings(p.db);
  const org = getOrganisationName(p.db);
  let fairness: FairnessDto | null = null;
  let fairnessError: string | null = null;
  if (withFairness) {
    try {
      fairness = await fairnessReport(p, { scenario: DEFAULT_SCENARIO }, ctx);
    } catch (error) {
      fairnessError = (error as Error).message;
    }
  }
  const consents = countConsentsByField(p.db);
  return {
    ...storedDataFacts(p.db),
    organisation: org.name,
    isDemo: org.isDemo,
    generatedAt: p.clock.now(),
    datasetVersion: getDatasetInfo(p.db).version,
    consents: { ageBand: consents.ageBand ?? 0, gender: consents.gender ?? 0 },
    objections: countObjections(p.db),
    oldestAudit: oldestAuditEntry(p.db),
    erasures: countErasures(p.db),
    pseudonymised: settings.pseudonymised,
    minGroupSize: settings.minGroupSize,
    retentionMonths: getRetentionMonths(p.db),
    passphraseSet: passphraseIsSet(p.db),
    sources: getSources(p.db).map((s) => ({ id: s.id, title: s.title, licence: s.licence, strength: s.strength })),
    fairness,
    fairnessError,
  };
}

export async function privacyDocument(p: CorePorts, input: ApiParsed<'privacy.document'>, ctx: CallContext): Promise<ApiOutput<'privacy.document'>> {
  const lang = languageOf(p, input.lang);
  const md = renderDocument(input.what, await gatherFacts(p, ctx, input.what !== 'worker-notice'), lang);
  const fileName = `overstap-${input.what}-${lang}.${input.format}`;
  if (input.format === 'md') return { fileName, mimeType: 'text/markdown', content: md };
  const pdf = await printMarkdown(p, md, lang, DOCUMENT_TITLES[input.what][lang]);
  return { fileName, mimeType: 'application/pdf', contentBase64: pdf.toString('base64') };
}

export async function accessExportFile(p: CorePorts, input: ApiParsed<'privacy.export'>, actor: string): Promise<ApiOutput<'privacy.export'>> {
  const lang = languageOf(p, input.lang);
  const data = buildAccessExport(p, input.employeeId, lang);
  appendAudit(p.db, { at: p.clock.now(), actor, entity: 'export', entityId: input.employeeId, action: `access.${input.format}`, after: { format: input.format, lang }, reason: 'AVG art. 15/20 access request' });
  const base = `overstap-access-${input.employeeId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  if (input.format === 'json') return { fileName: `${base}.json`, mimeType: 'application/json', content: JSON.stringify(data, null, 2) + '\n', data };
  const title = lang === 'nl' ? 'Uw gegevens in Overstap' : 'Your data in Overstap';
  const pdf = await printMarkdown(p, accessExportMarkdown(data), lang, title);
  return { fileName: `${base}.pdf`, mimeType: 'application/pdf', contentBase64: pdf.toString('base64'), data };
}
