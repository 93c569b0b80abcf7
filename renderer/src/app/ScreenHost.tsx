/** Picks the component for the open screen. New screens (issue 6) add a case here and to BUILT_SCREENS. */
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { TasksScreen } from '../features/tasks/TasksScreen';
import type { ScreenId } from './screens';

export function ScreenHost({ screen }: { screen: ScreenId }) {
  switch (screen) {
    case 'tasks':
      return <TasksScreen />;
    default:
      return <ComingSoon screen={screen} />;
  }
}
