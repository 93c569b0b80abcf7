/**
 * Scenarios: the list (open, make active, copy, rename, delete with a reason, export, import), the editor
 * with charts that follow the sliders, a side-by-side comparison (small multiples) and the sensitivity tornado.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOTAL_METRICS, type TotalMetric } from '../../../../shared/domain/compare';
import { ChartPanel } from '../../components/charts/ChartPanel';
import { SmallMultiple, TornadoChart } from '../../components/charts/PlannerCharts';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toApiError, type ApiError } from '../../api/client';
import { useFormat, type MessageKey } from '../../i18n';
import { scenarioLabel, useScenarioText } from '../../i18n/scenarioText';
import { useAppStore } from '../../state/store';
import { ScenarioEditor } from './ScenarioEditor';
import '../dashboard/dashboard.css';
import './scenarios.css';

type Tab = 'edit' | 'compare' | 'sensitivity';

export function ScenariosScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('edit');
  const loadScenarios = useAppStore((s) => s.loadScenarios);
  const editorName = useAppStore((s) => s.editorName);
  const active = useAppStore((s) => s.activeScenario);
  const openEditor = useAppStore((s) => s.openEditor);

  useEffect(() => {
    void loadScenarios();
  }, [loadScenarios]);
  useEffect(() => {
    if (!editorName) void openEditor(active);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- opens the active scenario the first time only
  }, []);

  return (
    <div className="screen" data-testid="screen-scenarios">
      <header className="screen__header">
        <h1 className="screen__title">{t('scenarios.title')}</h1>
        <p className="screen__lead">{t('scenarios.lead')}</p>
      </header>
      <div className="segmented" role="group" aria-label={t('scenarios.tabs')}>
        {(['edit', 'compare', 'sensitivity'] as const).map((x) => (
          <button key={x} type="button" className="segmented__button" aria-pressed={tab === x} data-testid={`tab-${x}`} onClick={() => setTab(x)}>
            {t(`scenarios.tab.${x}`)}
          </button>
        ))}
      </div>
      {tab === 'edit' ? (
        <>
          <ScenarioList />
          <ScenarioEditor />
        </>
      ) : tab === 'compare' ? (
        <ComparePanel />
      ) : (
        <SensitivityPanel />
      )}
    </div>
  );
}

function ScenarioList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scenarios = useAppStore((s) => s.scenarios);
  const state = useAppStore((s) => s.scenariosState);
  const mutateState = useAppStore((s) => s.scenarioMutateState);
  const active = useAppStore((s) => s.activeScenario);
  const text = useScenarioText();
  const editorName = useAppStore((s) => s.editorName);
  const setActive = useAppStore((s) => s.setActiveScenario);
  const openEditor = useAppStore((s) => s.openEditor);
  const copy = useAppStore((s) => s.copyScenario);
  const rename = useAppStore((s) => s.renameScenario);
  const remove = useAppStore((s) => s.deleteScenario);
  const exportScenario = useAppStore((s) => s.exportScenario);
  const importScenario = useAppStore((s) => s.importScenario);
  const load = useAppStore((s) => s.loadScenarios);
  const [action, setAction] = useState<{ kind: 'copy' | 'rename' | 'delete'; name: string } | null>(null);
  const [newName, setNewName] = useState('');
  const [reason, setReason] = useState('');
  const [fileError, setFileError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const file = useRef<HTMLInputElement>(null);

  if (state.status === 'error' && state.error && scenarios.length === 0) return <ErrorBanner what={t('scenarios.list.error')} error={state.error} onRetry={() => void load()} />;
  if (scenarios.length === 0) return <Loading label={t('scenarios.list.loading')} />;

  const needsName = action && action.kind !== 'delete';
  const needsReason = action && action.kind !== 'copy';
  const ok = (!needsName || newName.trim().length > 0) && (!needsReason || reason.trim().length >= 3);

  async function submit() {
    if (!action || !ok) return;
    const done =
      action.kind === 'copy' ? await copy(action.name, newName.trim()) : action.kind === 'rename' ? await rename(action.name, newName.trim(), reason.trim()) : await remove(action.name, reason.trim());
    if (done) {
      setNotice(t(`scenarios.list.done.${action.kind}`, { name: action.name, to: newName.trim() }));
      if (action.kind === 'copy') void openEditor(newName.trim());
      setAction(null);
      setNewName('');
      setReason('');
    }
  }

  async function download(name: string) {
    try {
      const f = await exportScenario(name);
      const url = URL.createObjectURL(new Blob([f.content], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = f.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setFileError(toApiError(e));
    }
  }

  return (
    <section className="panel" aria-labelledby="scenario-list-title">
      <div className="panel__header">
        <h2 className="panel__title" id="scenario-list-title">
          {t('scenarios.list.title')}
        </h2>
        <div className="chart-panel__actions">
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            id="scenario-import"
            aria-label={t('scenarios.list.import')}
            tabIndex={-1}
            data-testid="scenario-import"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (!f) return;
              setFileError(null);
              try {
                const name = await importScenario(await f.text());
                setNotice(t('scenarios.list.done.import', { name: text.name(name) }));
              } catch (err) {
                setFileError(toApiError(err));
              }
            }}
          />
          <button type="button" className="button" onClick={() => file.current?.click()} data-testid="import-button">
            {t('scenarios.list.import')}
          </button>
        </div>
      </div>
      {fileError ? <ErrorBanner what={t('scenarios.list.fileError')} error={fileError} onDismiss={() => setFileError(null)} testId="file-error" /> : null}
      {mutateState.status === 'error' && mutateState.error ? <ErrorBanner what={t('scenarios.list.mutateError')} error={mutateState.error} testId="mutate-error" /> : null}
      {notice ? (
        <p role="status" className="panel__note" data-testid="scenario-notice">
          {notice}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table" data-testid="scenario-table">
          <caption className="visually-hidden">{t('scenarios.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.list.name')}</th>
              <th scope="col">{t('scenarios.list.description')}</th>
              <th scope="col">{t('scenarios.list.overrides')}</th>
              <th scope="col">{t('scenarios.list.updated')}</th>
              <th scope="col">{t('scenarios.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.name} data-testid="scenario-row" data-name={s.name} className={s.name === editorName ? 'row--selected' : undefined}>
                <th scope="row">
                  {text.name(s.name)}
                  {s.name === active ? <span className="stag stag--active">{t('scenarios.list.active')}</span> : null}
                  {s.isSeeded ? <span className="stag">{t('scenarios.list.seeded')}</span> : null}
                </th>
                <td className="scenario-desc">{text.description(s)}</td>
                <td>{fmt.number(s.taskOverrides + s.roleOverrides)}</td>
                <td>{s.updatedAt ? fmt.date(s.updatedAt) : '–'}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="link-button" onClick={() => void openEditor(s.name)} data-testid={`edit-${s.name}`}>
                      {t('scenarios.list.edit')}
                    </button>
                    {s.name !== active ? (
                      <button type="button" className="link-button" onClick={() => setActive(s.name)} data-testid={`activate-${s.name}`}>
                        {t('scenarios.list.makeActive')}
                      </button>
                    ) : null}
                    {(['copy', 'rename', 'delete'] as const).map((k) => (
                      <button
                        key={k}
                        type="button"
                        className="link-button"
                        data-testid={`${k}-${s.name}`}
                        onClick={() => {
                          setAction({ kind: k, name: s.name });
                          setNewName(k === 'copy' ? `${s.name}-copy` : k === 'rename' ? s.name : '');
                          setReason('');
                        }}
                      >
                        {t(`scenarios.list.${k}`)}
                      </button>
                    ))}
                    <button type="button" className="link-button" onClick={() => void download(s.name)} data-testid={`export-${s.name}`}>
                      {t('scenarios.list.export')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {action ? (
        <form
          className="inline-form"
          data-testid="scenario-action-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className="inline-form__title">{t(`scenarios.list.prompt.${action.kind}`, { name: action.name })}</p>
          {needsName ? (
            <label className="field">
              <span className="field__label">{t('scenarios.list.newName')}</span>
              <input className="field__control" value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={80} data-testid="action-name" />
            </label>
          ) : null}
          {needsReason ? (
            <label className="field">
              <span className="field__label">{t('scenarios.editor.reason')}</span>
              <input className="field__control" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} data-testid="action-reason" />
            </label>
          ) : null}
          <div className="editor__buttons">
            <button type="submit" className="button" disabled={!ok || mutateState.status === 'loading'} data-testid="action-confirm">
              {t(`scenarios.list.${action.kind}`)}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAction(null)}>
              {t('scenarios.list.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

const METRIC_DIGITS: Record<TotalMetric, number> = { hoursFreed: 0, fteFreed: 1, demandFte: 1, supplyFte: 1, surplusFte: 1, shortfallFte: 1, hires: 1, leavers: 1 };

function ComparePanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scenarios = useAppStore((s) => s.scenarios);
  const active = useAppStore((s) => s.activeScenario);
  const text = useScenarioText();
  const comparison = useAppStore((s) => s.scenarioCompare);
  const state = useAppStore((s) => s.scenarioCompareState);
  const runCompare = useAppStore((s) => s.runCompare);
  const [picked, setPicked] = useState<string[]>(() => {
    const seeded = scenarios.map((s) => s.name);
    return [active, ...seeded.filter((n) => n !== active && (n === 'no-ai' || n === 'accelerated'))].slice(0, 3);
  });
  const ok = picked.length >= 2 && picked.length <= 6;

  const multiples = useMemo(() => {
    if (!comparison) return null;
    return TOTAL_METRICS.map((m) => ({
      metric: m,
      data: comparison.totals.map((row) => Object.fromEntries([['year', row.year], ...comparison.scenarios.map((s, i) => [s, row.metrics[m].values[i]])])) as Record<string, number | null>[],
    }));
  }, [comparison]);

  return (
    <section className="panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <div className="panel__header">
        <h2 className="panel__title" id="compare-title">
          {t('scenarios.compare.title')}
        </h2>
      </div>
      <fieldset className="compare-pick">
        <legend>{t('scenarios.compare.pick')}</legend>
        {scenarios.map((s) => (
          <label key={s.name} className="check">
            <input
              type="checkbox"
              checked={picked.includes(s.name)}
              data-testid={`compare-pick-${s.name}`}
              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, s.name] : p.filter((x) => x !== s.name)))}
            />
            {text.name(s.name)}
          </label>
        ))}
        <button type="button" className="button" disabled={!ok || state.status === 'loading'} onClick={() => void runCompare(picked)} data-testid="compare-run">
          {t('scenarios.compare.run')}
        </button>
      </fieldset>
      {!ok ? <p className="panel__note">{t('scenarios.compare.needTwo')}</p> : null}
      {state.status === 'error' && state.error ? <ErrorBanner what={t('scenarios.compare.error')} error={state.error} onRetry={() => void runCompare(picked)} /> : null}
      {state.status === 'loading' ? <Loading label={t('scenarios.compare.loading')} /> : null}
      {comparison && multiples ? (
        <ChartPanel
          id="compare"
          kicker={t('scenarios.compare.kicker', { list: comparison.scenarios.map(text.name).join(' · ') })}
          finding={(() => {
            const last = comparison.totals[comparison.totals.length - 1];
            const v = last?.metrics.fteFreed.values ?? [];
            const maxI = v.reduce<number>((b, x, i) => ((x ?? -Infinity) > (v[b] ?? -Infinity) ? i : b), 0);
            return t('scenarios.compare.finding', { name: text.name(comparison.scenarios[maxI] ?? ''), fte: fmt.number(v[maxI] ?? 0, 1), year: last?.year ?? '' });
          })()}
          table={{
            caption: t('scenarios.compare.caption'),
            columns: [t('scenarios.compare.metric'), t('dashboard.year'), ...comparison.scenarios.map(text.name)],
            rows: comparison.totals.flatMap((row) =>
              TOTAL_METRICS.map((m) => ({
                key: `${m}-${row.year}`,
                cells: [t(`scenarios.metric.${m}`), String(row.year), ...row.metrics[m].values.map((v) => (v === null ? '–' : fmt.number(v, METRIC_DIGITS[m])))],
              })),
            ),
          }}
        >
          <div className="small-multiples" data-testid="compare-multiples">
            {multiples.map((m) => (
              <SmallMultiple key={m.metric} testId={`multiple-${m.metric}`} title={t(`scenarios.metric.${m.metric}`)} data={m.data} series={comparison.scenarios} seriesLabel={text.name} format={(v) => fmt.number(v, METRIC_DIGITS[m.metric] === 0 ? 0 : 0)} />
            ))}
          </div>
        </ChartPanel>
      ) : state.status === 'idle' ? (
        <EmptyState title={t('scenarios.compare.empty')} />
      ) : null}
    </section>
  );
}

function SensitivityPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const active = useAppStore((s) => s.activeScenario);
  const editorName = useAppStore((s) => s.editorName);
  const tornado = useAppStore((s) => s.scenarioTornado);
  const state = useAppStore((s) => s.scenarioTornadoState);
  const load = useAppStore((s) => s.loadTornado);
  const name = editorName ?? active;
  useEffect(() => {
    void load(name);
  }, [name, load]);

  const label = (id: string) => {
    const [group, a, b] = id.split('.');
    if (group === 'adoption' && a && b) return `${t(`category.${a}` as MessageKey)}: ${t(`scenarios.field.${b}` as MessageKey)}`;
    if (group === 'exposure' && a === 'augmentation') return t('scenarios.field.augmentation', { level: b });
    if (group === 'exposure' && a === 'realismFactor') return t('scenarios.field.realism');
    if (group === 'levers' && a) return t(`scenarios.lever.${a}`, { defaultValue: a });
    if (group === 'growth') return t('scenarios.sensitivity.growth');
    return t(`scenarios.sensitivity.id.${id.replace(/\./g, '_')}`, { defaultValue: id });
  };

  if (state.status === 'error' && state.error) return <ErrorBanner what={t('scenarios.sensitivity.error')} error={state.error} onRetry={() => void load(name)} />;
  if (!tornado) return <Loading label={t('scenarios.sensitivity.loading')} />;
  const bars = tornado.bars.filter((b) => b.swing > 0).slice(0, 12);
  if (bars.length === 0) return <EmptyState title={t('scenarios.sensitivity.empty')} />;
  const top = bars[0]!;

  return (
    <ChartPanel
      id="tornado"
      kicker={t('scenarios.sensitivity.kicker', { name: scenarioLabel(t, tornado.scenario), year: tornado.year })}
      finding={t('scenarios.sensitivity.finding', { what: label(top.id), low: fmt.number(top.low, 1), high: fmt.number(top.high, 1) })}
      table={{
        caption: t('scenarios.sensitivity.caption'),
        columns: [t('scenarios.sensitivity.assumption'), t('scenarios.sensitivity.low'), t('scenarios.sensitivity.high'), t('scenarios.sensitivity.swing')],
        rows: bars.map((b) => ({ key: b.id, cells: [label(b.id), fmt.number(b.low, 1), fmt.number(b.high, 1), fmt.number(b.swing, 1)] })),
      }}
      note={t('scenarios.sensitivity.note', { base: fmt.number(tornado.baseValue, 1) })}
    >
      <TornadoChart
        bars={bars.map((b) => ({ name: label(b.id), low: b.low, high: b.high }))}
        base={tornado.baseValue}
        xLabel={t('scenarios.sensitivity.xAxis', { year: tornado.year })}
        names={{ low: t('scenarios.sensitivity.low'), high: t('scenarios.sensitivity.high') }}
        format={(v) => fmt.number(v, 1)}
      />
    </ChartPanel>
  );
}

