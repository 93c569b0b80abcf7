/** A designed empty, loading or "coming soon" state: never a blank area. */
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  badge,
  icon = 'empty',
  testId,
  action,
}: {
  title: string;
  children?: ReactNode;
  badge?: string;
  icon?: 'empty' | 'search' | 'soon';
  testId?: string;
  action?: ReactNode;
}) {
  return (
    <div className="empty" data-testid={testId}>
      <svg className="empty__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        {icon === 'search' ? (
          <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round">
            <circle cx="21" cy="21" r="11" />
            <path d="M29 29l9 9" />
          </g>
        ) : icon === 'soon' ? (
          <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round">
            <rect x="8" y="10" width="32" height="30" rx="4" />
            <path d="M8 18h32M16 6v8M32 6v8M18 28h12" />
          </g>
        ) : (
          <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round">
            <rect x="8" y="8" width="32" height="32" rx="4" />
            <path d="M16 20h16M16 28h10" />
          </g>
        )}
      </svg>
      <div className="empty__body">
        {badge ? <span className="badge badge--soon">{badge}</span> : null}
        <p className="empty__title">{title}</p>
        {children ? <div className="empty__text">{children}</div> : null}
        {action ? <div className="empty__action">{action}</div> : null}
      </div>
    </div>
  );
}

export function Loading({ label, testId }: { label: string; testId?: string }) {
  return (
    <div className="loading" role="status" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
