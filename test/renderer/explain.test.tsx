import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../shared/domain/explain';
import { createApiClient } from '../../renderer/src/api/client';
import { ExplainButton } from '../../renderer/src/features/explain/ExplainPanel';
import explainMessages from '../../renderer/src/features/explain/messages';
import { createI18n } from '../../renderer/src/i18n';
import { createAppStore, StoreProvider } from '../../renderer/src/state/store';
import { catalogueHandlers, createFakeBridge, type FakeHandlers } from './fakeBridge';

const SOURCES = [
  { id: 'ev-a', title: 'Adoption survey 2025', citation: 'Someone (2025). Adoption of AI.', licence: 'CC-BY', strength: 'S' as const },
  { id: 'onet-29-3', title: 'O*NET 29.3', citation: 'National Center for O*NET Development.', licence: 'CC-BY', strength: 'P' as const },
];

const FTE_FREED: Explanation = {
  formula: 'role.fteFreed',
  value: 12.345,
  inputs: [
    { name: 'input.automatedShare', value: 0.2, unit: 'share' },
    { name: 'input.fte', value: 61.5, unit: 'fte' },
    { name: 'input.reinvestAutomated', value: 0.2, unit: 'share', isAssumption: true, sourceIds: ['ev-a'] },
  ],
  sourceIds: ['ev-a', 'onet-29-3'],
  overrides: [{ what: 'task:3224.automation', from: 0.3, to: 0.1, reason: 'Pilot showed less automation' }],
};

function renderButton(props: Partial<Parameters<typeof ExplainButton>[0]> = {}, handlers: FakeHandlers = {}, lang: 'en' | 'nl' = 'en') {
  const bridge = createFakeBridge(catalogueHandlers({ 'dataset.sources': () => ({ sources: SOURCES, methods: [] }), ...handlers }));
  const store = createAppStore(createApiClient(bridge));
  const i18n = createI18n(lang);
  const view = render(
    <StoreProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <ExplainButton label="FTE freed in 2031" {...props}>
          12.3 FTE
        </ExplainButton>
      </I18nextProvider>
    </StoreProvider>,
  );
  return { ...view, bridge, store };
}

describe('ExplainButton and panel', () => {
  it('opens a dialog with formula, inputs, assumptions, sources and overrides; Esc closes and returns focus', async () => {
    const user = userEvent.setup();
    const { bridge } = renderButton({ explanation: FTE_FREED });
    const button = screen.getByTestId('explain-button');
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'FTE freed in 2031' });
    expect(within(dialog).getByTestId('explain-formula')).toHaveTextContent(/FTE freed = the role's FTE/);
    const inputs = within(dialog).getAllByTestId('explain-input');
    expect(inputs).toHaveLength(3);
    expect(inputs[0]).toHaveTextContent('Automated share of time');
    expect(inputs[0]).toHaveTextContent('20%');
    expect(inputs[1]).toHaveTextContent('61.5 FTE');
    expect(inputs[2]).toHaveTextContent('assumption');
    await waitFor(() => expect(within(dialog).getByTestId('explain-sources')).toHaveTextContent('Adoption survey 2025'));
    expect(within(dialog).getByTestId('explain-sources')).toHaveTextContent('O*NET 29.3');
    expect(within(dialog).getByTestId('explain-overrides')).toHaveTextContent('Pilot showed less automation');
    expect(within(dialog).getByTestId('explain-methodology')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());

    // Sources are fetched once and cached.
    await user.click(button);
    await screen.findByRole('dialog');
    expect(bridge.callsOf('dataset.sources')).toHaveLength(1);
  });

  it('loads the explanation on demand and speaks Dutch with nl-NL numbers', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderButton({ load: async () => (calls++, FTE_FREED) }, {}, 'nl');
    expect(calls).toBe(0);
    await user.click(screen.getByTestId('explain-button'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByTestId('explain-formula')).toHaveTextContent(/Vrijgekomen fte/));
    expect(within(dialog).getAllByTestId('explain-input')[1]).toHaveTextContent('61,5 fte');
    expect(within(dialog).getByTestId('explain-value')).toHaveTextContent('12,3 fte');
    expect(calls).toBe(1);
  });

  it('shows an error with a retry when loading fails', async () => {
    const user = userEvent.setup();
    let fail = true;
    renderButton({
      load: async () => {
        if (fail) throw new Error('boom');
        return FTE_FREED;
      },
    });
    await user.click(screen.getByTestId('explain-button'));
    expect(await screen.findByTestId('explain-error')).toBeInTheDocument();
    fail = false;
    await act(async () => within(screen.getByTestId('explain-error')).getAllByRole('button')[0]!.click());
    expect(await screen.findByTestId('explain-formula')).toBeInTheDocument();
  });

  it('has a formula message for every formula id in both languages, and a name for every input', () => {
    const en = explainMessages.en as { formula: Record<string, string>; input: Record<string, string> };
    const nl = explainMessages.nl as typeof en;
    expect(Object.keys(nl.formula).sort()).toEqual(Object.keys(en.formula).sort());
    expect(Object.keys(nl.input).sort()).toEqual(Object.keys(en.input).sort());
    for (const id of ['task.automated', 'role.automatedShare', 'workforce.supply', 'workforce.supply.start', 'reskill.businessCase', 'workforce.openings'])
      expect(en.formula[id.replace(/\./g, '_')]).toBeTruthy();
  });
});
