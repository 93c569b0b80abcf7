/**
 * The weekly learning hours a plan asks for, as the manager types them: one range for every field, from the
 * scenario bounds in shared/ (the same range the contract accepts).
 */
import { SCENARIO_BOUNDS } from '../../../../shared/domain/scenarioBounds';

const WEEKLY = SCENARIO_BOUNDS.levers.weeklyLearningHours;

/** The typed text as hours: null when empty, NaN when not a number (a Dutch comma accepted). */
export function parseWeeklyHours(text: string): number | null {
  return text.trim() === '' ? null : Number(text.replace(',', '.'));
}

export const weeklyHoursInRange = (h: number | null): h is number => h !== null && Number.isFinite(h) && h >= WEEKLY.min && h <= WEEKLY.max;

export function WeeklyHoursInput({ id, value, invalid, onChange, testId }: { id: string; value: string; invalid: boolean; onChange(text: string): void; testId: string }) {
  return (
    <input
      id={id}
      type="number"
      min={WEEKLY.min}
      max={WEEKLY.max}
      step={WEEKLY.step}
      className="field__control"
      value={value}
      aria-invalid={invalid}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}
