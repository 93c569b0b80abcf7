/** Which scenario the planner looks at (the active scenario of the top bar). */
import { useTranslation } from 'react-i18next';
import { useScenarioText } from '../../i18n/scenarioText';
import { useAppStore } from '../../state/store';

export function ScenarioPicker({ testId = 'scenario-picker' }: { testId?: string }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const scenarios = useAppStore((s) => s.scenarios);
  const active = useAppStore((s) => s.activeScenario);
  const setActive = useAppStore((s) => s.setActiveScenario);
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${testId}-select`}>
        {t('dashboard.scenarioLabel')}
      </label>
      <select id={`${testId}-select`} className="field__control" data-testid={testId} value={active} onChange={(e) => setActive(e.target.value)}>
        {scenarios.length === 0 ? <option value={active}>{text.name(active)}</option> : null}
        {scenarios.map((s) => (
          <option key={s.name} value={s.name}>
            {text.name(s.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
