import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMinGroup } from '../../renderer/src/features/settings/SettingsScreen';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

afterEach(() => {
  document.documentElement.lang = 'en';
});

async function openSettings(h: FakeHandlers = catalogueHandlers()) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  await user.click(screen.getByTestId('nav-settings'));
  return { ...app, user };
}

describe('Settings screen', () => {
  it('saves the minimum group size through settings.update, with the reason shown', async () => {
    const h = catalogueHandlers();
    const { user, bridge } = await openSettings(h);
    const field = await screen.findByTestId('min-group-size');
    expect(field).toHaveValue(5);
    expect(screen.getByTestId('min-group-reason')).toHaveTextContent('Never below 3; the default is 5.');
    expect(screen.getByTestId('min-group-save')).toBeDisabled();
    await user.clear(field);
    await user.type(field, '8');
    await user.click(screen.getByTestId('min-group-save'));
    expect(await screen.findByTestId('saved-minGroupSize')).toHaveTextContent('Saved. The change is in the audit log.');
    expect(bridge.callsOf('settings.update').at(-1)).toEqual({ minGroupSize: 8 });
    expect(h.settings.minGroupSize).toBe(8);
  });

  it('refuses sizes below 3 or above 50 in the form, and resets to 5', async () => {
    const h = catalogueHandlers();
    h.settings.minGroupSize = 9;
    const { user, bridge } = await openSettings(h);
    const field = await screen.findByTestId('min-group-size');
    await user.clear(field);
    await user.type(field, '2');
    expect(screen.getByTestId('min-group-error')).toHaveTextContent('Enter a whole number from 3 to 50.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('min-group-save')).toBeDisabled();
    await user.clear(field);
    await user.type(field, '51{Enter}');
    expect(bridge.callsOf('settings.update')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Reset to 5' }));
    await waitFor(() => expect(bridge.callsOf('settings.update').at(-1)).toEqual({ minGroupSize: 5 }));
    expect(parseMinGroup('3')).toBe(3);
    expect(parseMinGroup('50')).toBe(50);
    expect(parseMinGroup('4.5')).toBeNull();
    expect(parseMinGroup('')).toBeNull();
  });

  it('toggles pseudonymised mode and switches the language like the top bar', async () => {
    const h = catalogueHandlers();
    const { user, bridge } = await openSettings(h);
    const toggle = await screen.findByTestId('pseudonymised');
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(screen.getByTestId('pseudonymised')).toBeChecked());
    expect(bridge.callsOf('settings.update').at(-1)).toEqual({ pseudonymised: true });
    await user.click(screen.getByTestId('settings-lang-nl'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Instellingen'));
    expect(screen.getByTestId('lang-nl')).toHaveAttribute('aria-pressed', 'true');
    expect(bridge.callsOf('settings.update').at(-1)).toEqual({ language: 'nl' });
    expect(screen.getByTestId('min-group-reason')).toHaveTextContent('Nooit lager dan 3');
  });

  it('shows the versions of app.info and links to Scenarios for thresholds', async () => {
    const { user, store } = await openSettings();
    expect(await screen.findByTestId('app-info-app')).toHaveTextContent('0.1.0');
    expect(screen.getByTestId('app-info-dataset')).toHaveTextContent('2026.1');
    expect(screen.getByTestId('app-info-employees')).toHaveTextContent('1,249');
    await user.click(screen.getByTestId('open-scenarios'));
    expect(store.getState().screen).toBe('scenarios');
  });

  it('says when a change could not be saved', async () => {
    const { user } = await openSettings(
      catalogueHandlers({
        'settings.update': () => {
          throw new FakeApiFailure('INVALID_INPUT', 'minGroupSize: too small');
        },
      }),
    );
    await user.click(await screen.findByTestId('pseudonymised'));
    expect(await screen.findByTestId('settings-save-error')).toHaveTextContent('The change could not be saved.');
  });
});
