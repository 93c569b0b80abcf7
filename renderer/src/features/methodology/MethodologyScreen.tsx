/**
 * Methodology: the model explained in plain words (Overstap's own sections), then how the dataset was built
 * (the method notes dataset.sources carries, in the UI language). Every section has an anchor
 * id="method-<id>" the explanation panel can link to; methodAnchor() builds it.
 */
import { useEffect, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../shared/domain/types';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat, type MessageKey } from '../../i18n';
import { useAppStore } from '../../state/store';
import { useLoad } from '../../api/useLoad';
import './methodology.css';

/** Overstap's own sections, in reading order, with the sources each one rests on (and whether they have a formula / assumptions). */
export const MODEL_SECTIONS: readonly { id: string; sources: readonly string[]; formula?: false; assumptions?: false }[] = [
  { id: 'adoption', sources: ['bick-blandin-deming', 'mckinsey-state-of-ai', 'cbs-ai-monitor', 'salesforce-state-of-service', 'overstap-assumption'] },
  { id: 'time', sources: ['gpts-are-gpts', 'noy-zhang-2023', 'brynjolfsson-li-raymond', 'dellacqua-2023', 'overstap-assumption'] },
  { id: 'role-impact', sources: ['onet-29-3', 'overstap-assumption'] },
  { id: 'workforce', sources: ['bls-ep-2024-34', 'nl-contact-centre-attrition', 'overstap-assumption'] },
  { id: 'fit', sources: ['onet-29-3', 'esco-1-1-1', 'workplace-learning-time-survey', 'overstap-assumption'] },
  { id: 'transitions', sources: ['onet-29-3', 'bls-ep-2024-34'] },
  { id: 'assignment', sources: ['overstap-assumption'] },
  { id: 'fairness', sources: [], assumptions: false },
  { id: 'business-case', sources: ['bw-7-673', 'intelligence-group-cost-per-hire', 'oxford-economics-brain-drain', 'nl-oncost-rule-of-thumb'] },
  { id: 'limits', sources: ['onet-29-3', 'gpts-are-gpts', 'bls-ep-2024-34'], formula: false, assumptions: false },
];

function methodAnchor(id: string): string {
  return `method-${id}`;
}

type Methods = { id: string; title: { en: string; nl: string }; body: { en: string; nl: string } }[];

function goTo(id: string, e?: MouseEvent) {
  const el = document.getElementById(id);
  if (!el) return;
  e?.preventDefault();
  el.scrollIntoView?.({ block: 'start' });
  el.querySelector<HTMLElement>('h2, h3')?.focus({ preventScroll: true });
}

export function MethodologyScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const setScreen = useAppStore((s) => s.setScreen);
  const data = useLoad((api) => api.invoke('dataset.sources', {}), []);
  const methods: Methods = data.data?.methods ?? [];
  const sourceTitles = useMemo(() => new Map((data.data?.sources ?? []).map((s: Source) => [s.id, s.title])), [data.data]);

  // A link from an explanation panel arrives as #method-<id>: go there once the sections exist.
  useEffect(() => {
    const hash = typeof window !== 'undefined' ? window.location.hash.slice(1) : '';
    if (hash.startsWith('method-')) goTo(hash);
  }, [data.status]);

  return (
    <div className="screen mt-screen" data-testid="screen-methodology">
      <header className="screen__header">
        <h1 className="screen__title">{t('methodology.title')}</h1>
        <p className="screen__lead">{t('methodology.lead')}</p>
      </header>
      <nav className="panel mt-toc" aria-labelledby="mt-toc">
        <h2 className="panel__kicker" id="mt-toc">
          {t('methodology.contents')}
        </h2>
        <div className="mt-toc__cols">
          <div>
            <p className="mt-toc__group">{t('methodology.modelHeading')}</p>
            <ol>
              {MODEL_SECTIONS.map((s) => (
                <li key={s.id}>
                  <a href={`#${methodAnchor(s.id)}`} onClick={(e) => goTo(methodAnchor(s.id), e)}>
                    {t(`methodology.sections.${s.id}.title` as MessageKey)}
                  </a>
                </li>
              ))}
            </ol>
          </div>
          {methods.length ? (
            <div>
              <p className="mt-toc__group">{t('methodology.dataHeading')}</p>
              <ol>
                {methods.map((m) => (
                  <li key={m.id}>
                    <a href={`#${methodAnchor(m.id)}`} onClick={(e) => goTo(methodAnchor(m.id), e)}>
                      {m.title[fmt.lang]}
                    </a>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </div>
      </nav>

      <section className="mt-group" aria-labelledby="mt-model">
        <h2 className="mt-group__title" id="mt-model">
          {t('methodology.modelHeading')}
        </h2>
        {MODEL_SECTIONS.map((s, i) => {
          const formula = s.formula === false ? '' : t(`methodology.sections.${s.id}.formula` as MessageKey);
          const assumptions = s.assumptions === false ? '' : t(`methodology.sections.${s.id}.assumptions` as MessageKey);
          const cited = s.sources.filter((id) => sourceTitles.has(id));
          return (
            <article key={s.id} id={methodAnchor(s.id)} className="panel mt-section" data-testid={`method-${s.id}`}>
              <h3 className="panel__title" tabIndex={-1}>
                <span className="mt-num" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`methodology.sections.${s.id}.title` as MessageKey)}
              </h3>
              <Paragraphs text={t(`methodology.sections.${s.id}.body` as MessageKey)} />
              {formula ? (
                <p className="mt-formula">
                  <span className="mt-label">{t('methodology.formula')}</span>
                  <code>{formula}</code>
                </p>
              ) : null}
              {assumptions ? (
                <p className="mt-assumption">
                  <span className="mt-label">{t('methodology.assumptions')}</span>
                  {assumptions}
                </p>
              ) : null}
              {cited.length ? (
                <p className="mt-sources">
                  <span className="mt-label">{t('methodology.sourcesLabel')}</span>
                  {/* Source titles are cited as published (in English), marked so for screen readers and translators. */}
                  {cited.map((id, k) => (
                    <span key={id}>
                      {k > 0 ? ' · ' : null}
                      <cite lang="en">{sourceTitles.get(id)}</cite>
                    </span>
                  ))}
                </p>
              ) : null}
            </article>
          );
        })}
      </section>

      <section className="mt-group" aria-labelledby="mt-data">
        <h2 className="mt-group__title" id="mt-data">
          {t('methodology.dataHeading')}
        </h2>
        {data.status === 'error' && data.error ? <ErrorBanner what={t('methodology.error')} error={data.error} onRetry={data.reload} testId="methodology-error" /> : null}
        {data.status === 'loading' && !data.data ? <Loading label={t('methodology.loading')} testId="methodology-loading" /> : null}
        {data.status === 'ready' && methods.length === 0 ? <p className="panel__note">{t('methodology.dataEmpty')}</p> : null}
        {methods.map((m) => (
          <article key={m.id} id={methodAnchor(m.id)} className="panel mt-section" data-testid={`method-${m.id}`}>
            <h3 className="panel__title" tabIndex={-1}>
              {m.title[fmt.lang]}
            </h3>
            <Paragraphs text={m.body[fmt.lang]} />
          </article>
        ))}
        <div>
          <button type="button" className="button button--quiet" data-testid="open-sources" onClick={() => setScreen('sources')}>
            {t('methodology.openSources')}
          </button>
        </div>
      </section>
    </div>
  );
}


function Paragraphs({ text }: { text: string }) {
  return (
    <div className="mt-body">
      {text.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
