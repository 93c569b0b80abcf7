/** The screen's answer first: how many tasks, how much time is exposed (with the range between raters), disagreement. */
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { useFormat } from '../../i18n';
import { selectExposureSummary } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export function HeadlineCards() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const s = useAppStore(selectExposureSummary);

  const exposedHint = (() => {
    if (s.exposedShare === null) return t('tasks.cards.exposedNone');
    const lines: string[] = [];
    if (s.humanExposedShare !== null && s.gpt4ExposedShare !== null)
      lines.push(t('tasks.cards.exposedRange', { human: fmt.percent(s.humanExposedShare), gpt4: fmt.percent(s.gpt4ExposedShare) }));
    else lines.push(t('tasks.cards.exposedOneSource', { source: t(s.humanExposedShare !== null ? 'tasks.cards.sourceHuman' : 'tasks.cards.sourceGpt4') }));
    if (s.unlabelledShare > 0) lines.push(t('tasks.cards.exposedUnlabelled', { share: fmt.percent(s.unlabelledShare) }));
    return lines.join(' · ');
  })();

  return (
    <div className="cards" data-testid="headline-cards">
      <Card
        testId="card-task-count"
        label={t('tasks.cards.count')}
        value={fmt.number(s.taskCount)}
        hint={t('tasks.cards.countHint', { count: s.coreCount, n: fmt.number(s.coreCount) })}
      />
      <Card
        testId="card-exposed"
        label={t('tasks.cards.exposed')}
        value={s.exposedShare === null ? '–' : fmt.percent(s.exposedShare)}
        hint={exposedHint}
      />
      <Card
        testId="card-disagree"
        label={t('tasks.cards.disagree')}
        value={fmt.number(s.disagreementCount)}
        hint={t('tasks.cards.disagreeHint', { share: fmt.percent(s.disagreementShare) })}
      />
    </div>
  );
}
