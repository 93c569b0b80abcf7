/**
 * The written reason every override and edit asks for (overrides need a reason; every change is audited):
 * a labelled textarea with its hint, and an error once the person has tried to save without one.
 */
import type { Ref } from 'react';

interface ReasonFieldProps {
  /** Unique id prefix (useId) for the label, hint and error. */
  id: string;
  label: string;
  hint: string;
  missing: string;
  value: string;
  onChange(value: string): void;
  /** Show the error: the person tried to save and the reason is not good enough. */
  showError: boolean;
  rows?: number;
  className?: string;
  testId: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function ReasonField({ id, label, hint, missing, value, onChange, showError, rows = 2, className, testId, inputRef }: ReasonFieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={`${id}-reason`}>
        {label}
      </label>
      <textarea
        ref={inputRef}
        id={`${id}-reason`}
        className="field__control"
        rows={rows}
        maxLength={2000}
        value={value}
        aria-invalid={showError ? true : undefined}
        aria-describedby={`${id}-reason-hint${showError ? ` ${id}-reason-err` : ''}`}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="field__hint" id={`${id}-reason-hint`}>
        {hint}
      </span>
      {showError ? (
        <span className="field-error" id={`${id}-reason-err`} role="alert" data-testid={`${testId}-error`}>
          {missing}
        </span>
      ) : null}
    </div>
  );
}
