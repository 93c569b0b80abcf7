/**
 * Sources: every source of dataset.sources with citation, licence and strength (P/S/U/A). The datasets built
 * into the app come first, with their required attribution reproduced verbatim (O*NET's USDOL/ETA wording and
 * modification notice, the MIT notices, CC BY, ESCO, BLS) and what the licence asks for, in both languages.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../shared/domain/types';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { useLoad } from '../../api/useLoad';
import './sources.css';

/** The datasets built into the app, whose licences require an attribution: in this order. */
const ATTRIBUTED = ['onet-29-3', 'gpts-are-gpts', 'msft-working-with-ai', 'esco-1-1-1', 'nesta-career-causeways', 'bls-ep-2024-34', 'bls-oews-2025'] as const;
const STRENGTHS = ['P', 'S', 'U', 'A'] as const;
type Strength = (typeof STRENGTHS)[number];

export function SourcesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = useLoad((api) => api.invoke('dataset.sources', {}), []);
  const [strength, setStrength] = useState<Strength | null>(null);

  const { attributed, evidence } = useMemo(() => {
    const all = data.data?.sources ?? [];
    const collator = new Intl.Collator(LOCALES[fmt.lang]);
    const rank = (s: Source) => (ATTRIBUTED as readonly string[]).indexOf(s.id);
    return {
      attributed: all.filter((s) => rank(s) >= 0).sort((a, b) => rank(a) - rank(b)),
      evidence: all.filter((s) => rank(s) < 0).sort((a, b) => STRENGTHS.indexOf(a.strength) - STRENGTHS.indexOf(b.strength) || collator.compare(a.title, b.title)),
    };
  }, [data.data, fmt.lang]);
  const total = attributed.length + evidence.length;
  const keep = (s: Source) => strength === null || s.strength === strength;

  return (
    <div className="screen so-screen" data-testid="screen-sources">
      <header className="screen__header">
        <h1 className="screen__title">{t('sources.title')}</h1>
        <p className="screen__lead">{t('sources.lead')}</p>
      </header>
      {data.status === 'error' && data.error ? <ErrorBanner what={t('sources.state.error')} error={data.error} onRetry={data.reload} testId="sources-error" /> : null}
      {data.status === 'loading' && !data.data ? <Loading label={t('sources.state.loading')} testId="sources-loading" /> : null}
      {data.data && total === 0 ? (
        <EmptyState title={t('sources.state.empty')} testId="sources-empty">
          <p>{t('sources.state.emptyHint')}</p>
        </EmptyState>
      ) : null}
      {total > 0 ? (
        <>
          <section className="panel so-legend" aria-labelledby="so-strength">
            <div className="panel__header">
              <h2 className="panel__title" id="so-strength">
                {t('sources.strengthHeading')}
              </h2>
              <p className="panel__meta" data-testid="sources-count">
                {t('sources.count', { count: total, n: fmt.number(total) })}
              </p>
            </div>
            <dl className="so-legend__list">
              {STRENGTHS.map((s) => (
                <div key={s}>
                  <dt>
                    <StrengthBadge strength={s} />
                  </dt>
                  <dd>{t(`sources.strength.${s}.tip`)}</dd>
                </div>
              ))}
            </dl>
            <div className="segmented" role="group" aria-label={t('sources.strengthFilter')}>
              <button type="button" className="segmented__button" aria-pressed={strength === null} onClick={() => setStrength(null)} data-testid="strength-all">
                {t('sources.all')}
              </button>
              {STRENGTHS.map((s) => (
                <button key={s} type="button" className="segmented__button" aria-pressed={strength === s} onClick={() => setStrength(s)} data-testid={`strength-${s}`}>
                  {s} · {t(`sources.strength.${s}.label`)}
                </button>
              ))}
            </div>
          </section>
          <SourceGroup id="data" sources={attributed.filter(keep)} attributed />
          <SourceGroup id="evidence" sources={evidence.filter(keep)} />
        </>
      ) : null}
    </div>
  );
}


function SourceGroup({ id, sources, attributed = false }: { id: 'data' | 'evidence'; sources: Source[]; attributed?: boolean }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <section className="so-group" aria-labelledby={`so-group-${id}`} data-testid={`sources-${id}`}>
      <div>
        <h2 className="so-group__title" id={`so-group-${id}`}>
          {t(`sources.groups.${id}`)}
        </h2>
        <p className="panel__note">{t(`sources.groups.${id}Hint`)}</p>
      </div>
      <ul className="so-list">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceCard source={s} attributed={attributed} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceCard({ source: s, attributed }: { source: Source; attributed: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const translation = attributed && fmt.lang !== 'en' ? t(`sources.translations.${s.id}`, { defaultValue: '' }) : '';
  return (
    <article className="panel so-card" id={`source-${s.id}`} aria-labelledby={`source-${s.id}-title`} data-testid={`source-${s.id}`}>
      <div className="so-card__head">
        {/* A source's title and licence exist only as published (English): marked so, for screen readers too. */}
        <h3 className="so-card__title" id={`source-${s.id}-title`} lang="en">
          {s.title}
        </h3>
        <StrengthBadge strength={s.strength} />
      </div>
      <dl className="so-facts">
        <div>
          <dt>{t('sources.licence')}</dt>
          <dd data-testid="source-licence" lang="en">
            {s.licence}
          </dd>
        </div>
        {s.url ? (
          <div>
            <dt>{t('sources.address')}</dt>
            <dd>
              <span className="so-url" title={t('sources.offline')}>
                {s.url}
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      {attributed ? (
        <div className="so-attribution" data-testid={`attribution-${s.id}`}>
          <p className="so-label">{t('sources.attribution')}</p>
          <blockquote lang="en" className="so-quote">
            {s.citation}
          </blockquote>
          <p className="so-requires">{t(`sources.requires.${s.id}`, { defaultValue: '' })}</p>
          {translation ? (
            <div className="so-translation">
              <p className="so-label">{t('sources.translation')}</p>
              <p>{translation}</p>
            </div>
          ) : null}
        </div>
      ) : (
        <div>
          <p className="so-label">{t('sources.citation')}</p>
          <p lang="en" className="so-citation">
            {s.citation}
          </p>
        </div>
      )}
    </article>
  );
}

function StrengthBadge({ strength }: { strength: Strength }) {
  const { t } = useTranslation();
  return (
    <span className={`so-strength so-strength--${strength}`} title={t(`sources.strength.${strength}.tip`)} data-testid="source-strength">
      <span className="so-strength__code">{t(`sources.strength.${strength}.short`)}</span>
      <span className="so-strength__label">{t(`sources.strength.${strength}.label`)}</span>
    </span>
  );
}
