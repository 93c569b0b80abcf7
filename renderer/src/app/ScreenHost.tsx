/** Draws the open screen from the registry (app/screenRegistry.tsx). */
import { SCREENS } from './screenRegistry';
import type { ScreenId } from './screens';

export function ScreenHost({ screen }: { screen: ScreenId }) {
  const Component = SCREENS[screen];
  return <Component />;
}
