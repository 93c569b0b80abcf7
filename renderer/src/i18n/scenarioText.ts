/**
 * How a scenario is named and described on screen: the seeded ones in the reader's language (their stored
 * names are ids the CLI and file names use), a planner's own scenarios as they were written.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasSeededDescription, isSeededScenario } from '../../../shared/domain/scenarioDefaults';
import type { Translate } from './index';

interface ScenarioText {
  name(name: string): string;
  description(scenario: { name: string; description: string }): string;
}

export function useScenarioText(): ScenarioText {
  const { t } = useTranslation();
  const name = useCallback((n: string) => (isSeededScenario(n) ? t(`scenarioName.${n}`) : n), [t]);
  const description = useCallback(
    (s: { name: string; description: string }) => (isSeededScenario(s.name) && hasSeededDescription(s.name, s.description) ? t(`scenarioDescription.${s.name}`) : s.description),
    [t],
  );
  return useMemo(() => ({ name, description }), [name, description]);
}

/** The same name outside a hook, for a component that already has its `t`. */
export const scenarioLabel = (t: Translate, name: string): string => (isSeededScenario(name) ? t(`scenarioName.${name}`) : name);
