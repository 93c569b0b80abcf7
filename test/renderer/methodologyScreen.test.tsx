import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MODEL_SECTIONS } from '../../renderer/src/features/methodology/MethodologyScreen';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';
import { SOURCES } from './sourcesFixture';

afterEach(() => {
  document.documentElement.lang = 'en';
});

const METHODS = [
  { id: 'time-shares', title: { en: 'Task time shares', nl: 'Tijdsaandelen van taken' }, body: { en: 'Per role the time share of a task is its weight.', nl: 'Per functie is het tijdsaandeel het gewicht.' } },
  { id: 'growth', title: { en: 'Default growth rates', nl: 'Standaardgroei' }, body: { en: 'Annual growth from BLS.', nl: 'Jaarlijkse groei uit BLS.' } },
];

async function openMethodology(h: FakeHandlers) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  await user.click(screen.getByTestId('nav-methodology'));
  return { ...app, user };
}

describe('Methodology screen', () => {
  it('explains the model in sections with anchors, and the dataset methods in the UI language', async () => {
    const { user, container } = await openMethodology(catalogueHandlers({ 'dataset.sources': () => ({ sources: SOURCES, methods: METHODS }) }));
    for (const s of MODEL_SECTIONS) expect(container.querySelector(`#method-${s.id}`)).not.toBeNull();
    expect(await screen.findByTestId('method-time-shares')).toHaveTextContent('Per role the time share of a task is its weight.');
    expect(container.querySelector('#method-growth')).not.toBeNull();
    const limits = container.querySelector('#method-limits')!;
    expect(limits).toHaveTextContent('O*NET describes US occupations');
    expect(limits).toHaveTextContent('date from 2023');
    expect(limits).toHaveTextContent('T0–T4 rubric was not found');
    expect(container.querySelector('#method-role-impact')).toHaveTextContent('Reinvested share of automated time 0.2 and of augmented time 0.6');
    // Sections name their sources by title.
    expect(container.querySelector('#method-time')).toHaveTextContent('GPTs are GPTs: task exposure labels');
    await user.click(screen.getByRole('link', { name: 'Fairness' }));
    expect(document.activeElement?.closest('article')?.id).toBe('method-fairness');

    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Methode'));
    expect(screen.getByTestId('method-time-shares')).toHaveTextContent('Tijdsaandelen van taken');
    expect(container.querySelector('#method-limits')).toHaveTextContent('Amerikaanse beroepen');
  });

  it('keeps its own explanation when the dataset notes cannot be read', async () => {
    await openMethodology(
      catalogueHandlers({
        'dataset.sources': () => {
          throw new FakeApiFailure('DB_CORRUPT', 'damaged');
        },
      }),
    );
    expect(await screen.findByTestId('methodology-error')).toHaveTextContent('The method notes of the dataset could not be loaded.');
    expect(screen.getByTestId('method-adoption')).toBeInTheDocument();
  });
});
