/** A headline figure: label, value, and a line of context under it. */
import type { ReactNode } from 'react';

export function Card({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <div className="card" data-testid={testId}>
      <div className="card__label">{label}</div>
      <div className="card__value">{value}</div>
      {hint ? <div className="card__hint">{hint}</div> : null}
    </div>
  );
}
