/** The search field: updates at once, asks the API (search param) once typing pauses for 200 ms. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { useDebounced } from './useDebounced';

const SEARCH_DEBOUNCE_MS = 200;

export function TaskSearch() {
  const { t } = useTranslation();
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const runSearch = useAppStore((s) => s.runSearch);
  const busy = useAppStore((s) => s.searchState.status === 'loading');
  const settled = useDebounced(search, SEARCH_DEBOUNCE_MS);
  const sent = useAppStore((s) => s.searchQuery);

  useEffect(() => {
    if (settled.trim() !== sent) void runSearch(settled);
    // Only a settled change of the text triggers a search (sent and runSearch are read, not triggers);
    // a role change re-runs the pending search in the store itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a settled change of the text is a trigger (see above)
  }, [settled]);

  return (
    <div className="field field--search">
      <label className="field__label" htmlFor="task-search">
        {t('tasks.searchLabel')}
      </label>
      <div className="search">
        <input
          id="task-search"
          type="search"
          className="field__control"
          data-testid="task-search"
          placeholder={t('tasks.searchPlaceholder')}
          value={search}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && search) {
              e.preventDefault();
              setSearch('');
            }
          }}
        />
        {busy ? (
          <span className="search__status" role="status">
            {t('tasks.searching')}
          </span>
        ) : null}
      </div>
    </div>
  );
}
