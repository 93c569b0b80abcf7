/** The methodology screen: not built yet, so it shows its designed "coming soon" state. */
import { ComingSoon } from '../placeholder/ComingSoon';

export function MethodologyScreen() {
  return <ComingSoon screen="methodology" />;
}

/** Flip to true when the screen is built: the navigation then drops its "soon" badge. */
export const isBuilt = false;
