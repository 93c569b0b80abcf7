/** Render the whole app (store + i18n + shell) over a fake bridge, the way main.tsx does over window.hrApi. */
import { render } from '@testing-library/react';
import { createApiClient } from '../../renderer/src/api/client';
import { Root } from '../../renderer/src/app/Root';
import { createI18n } from '../../renderer/src/i18n';
import { createAppStore } from '../../renderer/src/state/store';
import { createFakeBridge, type FakeHandlers } from './fakeBridge';

import type { ScreenId } from '../../renderer/src/app/screens';

export function renderApp(handlers: FakeHandlers, { init = true, screen }: { init?: boolean; screen?: ScreenId } = {}) {
  const bridge = createFakeBridge(handlers);
  const store = createAppStore(createApiClient(bridge));
  if (screen) store.getState().setScreen(screen);
  const i18n = createI18n('en');
  const view = render(<Root store={store} i18n={i18n} strict={false} />);
  const ready = init ? store.getState().init() : Promise.resolve();
  return { ...view, bridge, store, i18n, ready };
}
