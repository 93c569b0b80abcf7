/**
 * The business case's headline, worded once: the Dashboard card, its explanation and the Redeployment screen
 * all show this label and this figure (the saving from reskill.businessCase), so they cannot disagree.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BusinessCaseDto } from '../../../../shared/api/reskill-dto';
import { useFormat } from '../../i18n';
import type { Formatters } from '../../i18n/format';

export function caseHeadline(bc: BusinessCaseDto, t: TFunction, fmt: Formatters) {
  const saves = bc.totals.saving >= 0;
  return {
    label: t(saves ? 'redeployment.headline.saving' : 'redeployment.headline.extra'),
    value: fmt.money(Math.abs(bc.totals.saving)),
    hint: t('redeployment.headline.hint', { n: fmt.number(bc.counted.decisions), reskill: fmt.money(bc.totals.reskillCost), replace: fmt.money(bc.totals.replaceCost) }),
  };
}

/** Who is counted, and who is not and why, with the counts. */
export function CaseCounted({ bc, testId }: { bc: BusinessCaseDto; testId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = bc.counted;
  return (
    <p className="panel__note" data-testid={testId}>
      {t('redeployment.headline.counted', {
        decisions: fmt.number(c.decisions),
        fromPool: fmt.number(c.fromPool),
        backfilled: fmt.number(c.backfilled),
        openingsLeft: fmt.number(c.openingsLeft),
        openings: fmt.number(c.openings),
        poolNotPlaced: fmt.number(c.poolNotPlaced),
        outsourced: fmt.number(c.excludedOutsourced),
      })}{' '}
      {t(bc.learningTime === 'paid' ? 'redeployment.headline.learningPaid' : 'redeployment.headline.learningFreed')}
    </p>
  );
}
