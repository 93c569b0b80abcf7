import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';
import { ONET_ATTRIBUTION, SOURCES } from './sourcesFixture';

afterEach(() => {
  document.documentElement.lang = 'en';
});

async function openSources(h: FakeHandlers) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  await user.click(screen.getByTestId('nav-sources'));
  return { ...app, user };
}

describe('Sources screen', () => {
  it('lists every source with licence and strength, the attributed datasets first with their notices verbatim', async () => {
    const { user } = await openSources(catalogueHandlers({ 'dataset.sources': () => ({ sources: SOURCES, methods: [] }) }));
    const onet = await screen.findByTestId('attribution-onet-29-3');
    expect(onet).toHaveTextContent(ONET_ATTRIBUTION);
    expect(onet.querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('attribution-gpts-are-gpts')).toHaveTextContent('MIT License: Permission is hereby granted');
    expect(screen.getByTestId('sources-count')).toHaveTextContent('6 sources');
    const data = screen.getByTestId('sources-data');
    expect(within(data).getAllByRole('article').map((a) => a.id)).toEqual(['source-onet-29-3', 'source-gpts-are-gpts']);
    const evidence = screen.getByTestId('sources-evidence');
    // Evidence sorted by strength P, S, U, A.
    expect(within(evidence).getAllByRole('article').map((a) => a.id)).toEqual(['source-noy-zhang-2023', 'source-mckinsey-state-of-ai', 'source-conversation-design-hours', 'source-overstap-assumption']);
    expect(within(screen.getByTestId('source-onet-29-3')).getByTestId('source-licence')).toHaveTextContent('CC BY 4.0');
    expect(within(screen.getByTestId('source-overstap-assumption')).getByTestId('source-strength')).toHaveTextContent('Aassumption');

    await user.click(screen.getByTestId('strength-U'));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.click(screen.getByTestId('strength-all'));
    expect(screen.getAllByRole('article')).toHaveLength(6);

    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bronnen'));
    expect(screen.getByTestId('attribution-onet-29-3')).toHaveTextContent(ONET_ATTRIBUTION);
    expect(screen.getByTestId('attribution-onet-29-3')).toHaveTextContent('Gebruikt onder de CC BY 4.0-licentie.');
    expect(screen.getByTestId('sources-count')).toHaveTextContent('6 bronnen');
  });

  it('has designed error and empty states', async () => {
    let fail = true;
    const { user } = await openSources(
      catalogueHandlers({
        'dataset.sources': () => {
          if (fail) throw new FakeApiFailure('INTERNAL', 'boom');
          return { sources: [], methods: [] };
        },
      }),
    );
    expect(await screen.findByTestId('sources-error')).toHaveTextContent('The sources could not be loaded.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('sources-empty')).toBeInTheDocument();
  });
});
