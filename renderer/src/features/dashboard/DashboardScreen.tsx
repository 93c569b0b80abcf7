/** The dashboard screen: not built yet, so it shows its designed "coming soon" state. */
import { ComingSoon } from '../placeholder/ComingSoon';

export function DashboardScreen() {
  return <ComingSoon screen="dashboard" />;
}

/** Flip to true when the screen is built: the navigation then drops its "soon" badge. */
export const isBuilt = false;
